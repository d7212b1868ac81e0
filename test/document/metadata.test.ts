import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../src/document/timestamp.js';
import { inferDatelineYear } from '../../src/document/year-inference.js';
import { buildDocument } from '../../src/document/build.js';
import { corpusDoc } from '../helpers/corpus.js';

describe('metadata of the five corpus documents', () => {
  it('000: a ministry statement with an update timestamp', () => {
    const m = corpusDoc('000').meta;
    expect(m.source).toEqual({ value: 'ministry', origin: 'inferred' });
    expect(m.updated).toMatchObject({ value: '2017-12-29T09:43Z', origin: 'header' });
    expect(m.title).toBeUndefined();
    expect(m.dateline).toBeUndefined();
  });

  it('001: TASS wire story; dateline year inferred from the weekday and the period of its actors', () => {
    const m = corpusDoc('001').meta;
    expect(m.source).toEqual({ value: 'wire', origin: 'dateline' });
    expect(m.agency?.value).toBe('TASS');
    expect(m.title?.value).toBe('Moscow says violations of ceasefire in Syria put Russian-US agreements at risk');
    expect(m.subtitle?.value).toBe('The Russian side has called for the soonest launch of intra-Syrian talks');
    expect(m.dateline).toMatchObject({ place: 'MOSCOW', agency: 'TASS', date: { value: '2016-09-19', origin: 'inferred' } });
    expect(m.published).toMatchObject({ value: '2016-09-19', origin: 'inferred' });
  });

  it('002: dateline year inferred from the years the story states', () => {
    const m = corpusDoc('002').meta;
    expect(m.title?.value).toBe('Defense ministry says Russia fulfills all commitments on Syria to US');
    expect(m.subtitle?.value).toMatch(/^The opposition controlled by the United States/);
    expect(m.published).toMatchObject({ value: '2016-10-07', origin: 'inferred' });
  });

  it('003: transcript with a glued header timestamp', () => {
    const m = corpusDoc('003').meta;
    expect(m.source).toEqual({ value: 'transcript', origin: 'inferred' });
    expect(m.published).toMatchObject({ value: '2016-05-03T18:07', origin: 'header' });
    expect(m.title?.value).toMatch(/^Foreign Minister Sergey Lavrov's statement and answers to media questions/);
  });

  it('004: wire story with no title, dateline first', () => {
    const m = corpusDoc('004').meta;
    expect(m.source.value).toBe('wire');
    expect(m.title).toBeUndefined();
    expect(m.dateline).toMatchObject({ place: 'MOSCOW', start: 0, end: 24 });
    expect(m.published).toMatchObject({ value: '2016-05-20', origin: 'inferred' });
  });

  it('input metadata wins over the text, and says where it came from', () => {
    const doc = buildDocument({
      text: 'MOSCOW, September 19. /TASS/. The ministry said on Monday.',
      format: 'jsonl',
      hints: { published: { value: '2016-09-19T10:00Z', origin: 'metadata' }, title: { value: 'Given title', origin: 'metadata' } },
    });
    expect(doc.meta.published).toEqual({ value: '2016-09-19T10:00Z', origin: 'metadata' });
    expect(doc.meta.title).toEqual({ value: 'Given title', origin: 'metadata' });
    expect(doc.meta.dateline?.place).toBe('MOSCOW');
  });

  it('a dateline with no clue to its year stays XXXX and sets no publication date', () => {
    const doc = buildDocument({ text: 'GENEVA, March 3 (Reuters) - Talks resumed, officials said.', format: 'text', hints: {} });
    expect(doc.meta.dateline).toMatchObject({ place: 'GENEVA', agency: 'Reuters', date: { value: 'XXXX-03-03' } });
    expect(doc.meta.published).toBeUndefined();
  });
});

describe('timestamps and year inference', () => {
  it('parses publisher timestamp lines', () => {
    expect(parseTimestamp('updated 9:43 AM UTC, Dec 29, 2017')).toEqual({ iso: '2017-12-29T09:43Z', kind: 'updated' });
    expect(parseTimestamp('3 May 201618:07')).toEqual({ iso: '2016-05-03T18:07', kind: 'published' });
    expect(parseTimestamp('19 September 2016, 18:07 MSK')).toEqual({ iso: '2016-09-19T15:07Z', kind: 'published' });
    expect(parseTimestamp('2016-09-19')).toEqual({ iso: '2016-09-19', kind: 'published' });
    expect(parseTimestamp('no date here')).toBeUndefined();
  });

  it('uses the weekday of the lede with the latest stated year', () => {
    const lede = 'The minister said on Friday.';
    expect(inferDatelineYear({ month: 10, day: 7, lede, text: 'from February 27 to September 1, 2016' })).toEqual({ year: 2016, from: 'weekday+stated-year' });
    expect(inferDatelineYear({ month: 10, day: 7, lede, text: 'in 2014' })).toEqual({ year: 2016, from: 'weekday+stated-year' });
    expect(inferDatelineYear({ month: 9, day: 19, lede: 'said on Monday', text: 'the ISSG and John Kerry' })).toEqual({ year: 2016, from: 'weekday+era' });
    expect(inferDatelineYear({ month: 10, day: 7, lede: 'no weekday', text: 'in 2015' })).toEqual({ year: 2015, from: 'stated-year' });
    expect(inferDatelineYear({ month: 10, day: 7, lede, text: 'no years' })).toBeUndefined();
  });
});

describe('source kind from the text', () => {
  const kindOf = (text: string) => buildDocument({ text, format: 'text', hints: {} }).meta.source?.value;
  it('an institution speaking for itself ("we", no reporting) is a ministry statement', () => {
    expect(kindOf('We note with concern the violations.\n\nWe call on our partners to act. We stand ready to help.')).toBe('ministry');
  });
  it('a story that reports what others said is not, even when their words include "we"', () => {
    expect(kindOf('The mayor said we would rebuild.\n\nOfficials told reporters the city would help us, the mayor said, adding that our schools reopen. He said aid was coming, according to the office.')).toBe('other');
  });
});
