// Publication dates as pages write them: ISO, RFC 2822, numeric day-first or month-first, month
// names in several languages; and where a page keeps them: meta, <time>, beside the headline, URL.
import { describe, expect, it } from 'vitest';
import { parseDateText, urlDate } from '../../src/document/html/date-text.js';
import { parseDocument } from '../../src/document/html/dom.js';
import { pageDates } from '../../src/document/html/page-dates.js';

const dayFirst = { dayFirst: true };

describe('parseDateText', () => {
  it('reads ISO dates and keeps the time and zone', () => {
    expect(parseDateText('2016-09-19T10:00:00+03:00', dayFirst)).toBe('2016-09-19T10:00:00+03:00');
    expect(parseDateText('2016/9/9', dayFirst)).toBe('2016-09-09');
  });
  it('reads RFC 2822 and month names in English, German, Spanish and Russian', () => {
    expect(parseDateText('Mon, 19 Sep 2016 10:00:00 GMT', dayFirst)).toBe('2016-09-19');
    expect(parseDateText('September 19, 2016', dayFirst)).toBe('2016-09-19');
    expect(parseDateText('Veröffentlicht am 3. März 2022', dayFirst)).toBe('2022-03-03');
    expect(parseDateText('5 de mayo de 2022', dayFirst)).toBe('2022-05-05');
    expect(parseDateText('19 сентября 2016 года', dayFirst)).toBe('2016-09-19');
  });
  it('reads numeric dates day first unless the page is American or the numbers decide', () => {
    expect(parseDateText('03.05.2022', dayFirst)).toBe('2022-05-03');
    expect(parseDateText('03/05/2022', { dayFirst: false })).toBe('2022-03-05');
    expect(parseDateText('12/25/2021', dayFirst)).toBe('2021-12-25');
  });
  it('rejects impossible dates and numbers that are not dates', () => {
    expect(parseDateText('31.02.2022', dayFirst)).toBeUndefined();
    expect(parseDateText('Resolution 2254 of 2015', dayFirst)).toBeUndefined();
    expect(parseDateText('Sunday 12 killed', dayFirst)).toBeUndefined();
  });
});

describe('urlDate', () => {
  it('reads year/month/day paths but not a bare year-month', () => {
    expect(urlDate('https://example.org/news/2019/11/18/talks-resume')).toBe('2019-11-18');
    expect(urlDate('https://example.org/2019-11-18-talks')).toBe('2019-11-18');
    expect(urlDate('https://example.org/2019/11/talks')).toBeUndefined();
  });
});

describe('pageDates', () => {
  const dates = (html: string, url?: string, headline?: string) => pageDates(parseDocument(html), undefined, url, 'de', headline);
  it('takes article:published_time before anything visible', () => {
    const d = dates('<html><head><meta property="article:published_time" content="2022-02-01T08:00:00+01:00"></head><body><h1>Titel</h1><p>03.02.2022</p></body></html>');
    expect(d.published).toEqual({ value: '2022-02-01T08:00:00+01:00', origin: 'html' });
  });
  it('reads the date printed beside the headline when there is no markup', () => {
    const d = dates('<html><body><nav>Start</nav><p>Aktuelles</p><h1>Neue Regeln für Besucher</h1><p>02.02.2022 · Redaktion</p><p>Text vom 01.01.2020</p></body></html>', undefined, 'Neue Regeln für Besucher');
    expect(d.published).toEqual({ value: '2022-02-02', origin: 'html' });
  });
  it('keeps metadata over a date in the lede sentence, and takes metadata the page also prints', () => {
    const lede = '<p>On 27 February 2016 the cessation of hostilities began across Syria, and the ministry has since reported on its observance every day.</p>';
    const d = dates(`<html><head><meta property="article:published_time" content="2016-09-19T10:00:00Z"></head><body><h1>Ceasefire report</h1>${lede}</body></html>`, undefined, 'Ceasefire report');
    expect(d.published?.value).toBe('2016-09-19T10:00:00Z');
    const e = dates('<html><head><meta property="article:published_time" content="2022-01-21T09:00:00+01:00"><meta property="article:modified_time" content="2022-01-25T08:00:00+01:00"></head><body><h1>Neue Regeln</h1><p>25.01.2022</p></body></html>', undefined, 'Neue Regeln');
    expect(e.published?.value).toBe('2022-01-25T08:00:00+01:00');
    expect(e.updated?.value).toBe('2022-01-25T08:00:00+01:00');
  });
  it('falls back to the URL, marked as such', () => {
    expect(dates('<html><body><h1>Kein Datum</h1></body></html>', 'https://example.org/2021/11/10/story').published).toEqual({ value: '2021-11-10', origin: 'url' });
  });
});
