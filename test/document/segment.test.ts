import { describe, expect, it } from 'vitest';
import { segment } from '../../src/document/segment.js';
import { splitSentences } from '../../src/document/sentences.js';
import { corpusDoc, slice } from '../helpers/corpus.js';

const sentencesOf = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('keeps U.S., Mr, No. and initials inside sentences', () => {
    expect(sentencesOf('Lavrov met U.S. Secretary of State John Kerry. They talked.')).toEqual(['Lavrov met U.S. Secretary of State John Kerry.', 'They talked.']);
    expect(sentencesOf('We thank Mr. de Mistura. He left.')).toEqual(['We thank Mr. de Mistura.', 'He left.']);
    expect(sentencesOf('It is resolution No. 2254 of the council. It passed.')).toEqual(['It is resolution No. 2254 of the council.', 'It passed.']);
    expect(sentencesOf('The envoy J. Smith arrived. Talks began.')).toEqual(['The envoy J. Smith arrived.', 'Talks began.']);
  });

  it('does not split decimals and splits after closing quotes', () => {
    expect(sentencesOf('Aid rose 2.5 times. It was "not enough." Then it fell.')).toEqual(['Aid rose 2.5 times.', 'It was "not enough."', 'Then it fell.']);
  });

  it('does not split a quotation before its attribution', () => {
    const text = '"Restoring the combat efficiency, the militants again started attacks," Antonov said. "In such conditions, it is impossible."';
    expect(sentencesOf(text)).toEqual(['"Restoring the combat efficiency, the militants again started attacks," Antonov said.', '"In such conditions, it is impossible."']);
    expect(sentencesOf('"Is it over?" he asked. No.')).toEqual(['"Is it over?" he asked.', 'No.']);
  });

  it('keeps the Russian-U.S. agreements of the corpus in one sentence', () => {
    const doc = corpusDoc('001');
    const s = doc.sentences.map((x) => slice(doc, x)).find((x) => x.startsWith('Russian Foreign Minister Sergei Lavrov and U.S.'));
    expect(s).toMatch(/coordinated a package of five documents .* political process\.$/);
  });
});

describe('paragraph roles on the corpus', () => {
  const kinds = (prefix: string) => {
    const doc = corpusDoc(prefix);
    return doc.paragraphs.map((p) => [p.kind, slice(doc, p).slice(0, 30)]);
  };

  it('000: header timestamp, then body', () => {
    const k = kinds('000');
    expect(k[0]).toEqual(['header', 'updated 9:43 AM UTC, Dec 29, 2']);
    expect(k.slice(1).every(([kind]) => kind === 'body')).toBe(true);
  });

  it('001: "All news" furniture, title, subtitle, dateline excluded from the lede', () => {
    const doc = corpusDoc('001');
    expect(kinds('001').slice(0, 4).map(([k]) => k)).toEqual(['furniture', 'title', 'subtitle', 'body']);
    const dl = doc.excluded.find((e) => slice(doc, e).startsWith('MOSCOW'));
    expect(dl && slice(doc, dl)).toBe('MOSCOW, September 19. /TASS/. ');
    const lede = doc.sentences.find((s) => s.start >= (dl?.end ?? 0));
    expect(lede && slice(doc, lede)).toMatch(/^Numerous provocations/);
  });

  it('002: in-text headings', () => {
    const headings = kinds('002').filter(([k]) => k === 'heading').map(([, t]) => t);
    expect(headings).toEqual(['Aleppo crisis', 'US and its inability to influe']);
  });

  it('003: header, title, language switcher and trailing site furniture', () => {
    const k = kinds('003');
    expect(k.slice(0, 4)).toEqual([
      ['header', '3 May 201618:07'],
      ['title', "Foreign Minister Sergey Lavrov"],
      ['furniture', '• en-GB1 ru-RU1'],
      ['body', 'Ladies and gentlemen,'],
    ]);
    expect(k.slice(-2)).toEqual([['furniture', 'Additional materials'], ['furniture', 'Advanced settings']]);
  });

  it('004: related-headline list is furniture; TASS subheadings are headings', () => {
    const k = kinds('004');
    expect(k.filter(([kind]) => kind === 'furniture')).toHaveLength(5);
    expect(k.filter(([kind]) => kind === 'heading').map(([, t]) => t)).toEqual(['Russia reserves right to attac', 'Nearly 140 armed units in Syri']);
  });

  it('no sentence overlaps an excluded zone and every sentence is inside its paragraph', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const doc = corpusDoc(p);
      for (const s of doc.sentences) {
        const para = doc.paragraphs[s.paragraph];
        expect(para && s.start >= para.start && s.end <= para.end).toBe(true);
        expect(doc.excluded.some((e) => s.start < e.end && e.start < s.end)).toBe(false);
        expect(slice(doc, s)).toBe(slice(doc, s).trim());
      }
    }
  });
});

describe('hard-wrapped text', () => {
  it('joins typewriter-width lines into one paragraph', () => {
    const line = 'The ceasefire regime took effect in Syria on February 27 and was';
    const text = `${line}\n${line}\nobserved.\n\nNext paragraph.`;
    const s = segment(text);
    expect(s.paragraphs).toHaveLength(2);
    expect(s.paragraphs[0]).toMatchObject({ start: 0, end: text.indexOf('\n\n') });
  });
});

describe('sentence length cap', () => {
  it('cuts text without full stops into pieces of at most MAX_SENTENCE, at clause marks or spaces, losing nothing', async () => {
    const { MAX_SENTENCE } = await import('../../src/document/sentences.js');
    const text = 'the minister said that the opposition, '.repeat(300);
    const spans = splitSentences(text, { start: 0, end: text.length });
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const s of spans.slice(0, -1)) expect(text[s.end - 1]).toBe(',');
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ').trim()).toBe(text.trim().replace(/\s+/g, ' '));
  });
});

describe('an update stamp glued to the end of a scraped text', () => {
  const roles = (text: string) => segment(text).paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)]);

  it('is furniture, apart from the last paragraph, whatever its clock and counter', () => {
    const text = 'Monday 21 November 2016 Aid is blocked. Convoys wait at the border. (With Reuters) Last Update: Tuesday 22 November 2016 KSA 23:28 - GMT 20:28 5938';
    expect(roles(text).slice(-2)).toEqual([
      ['body', 'Convoys wait at the border. (With Reuters)'],
      ['furniture', 'Last Update: Tuesday 22 November 2016 KSA 23:28 - GMT 20:28 5938'],
    ]);
    expect(roles('Talks resumed.\n\nThe envoy left. Last updated on March 3, 2017 10:15 am EST').at(-1)).toEqual(['furniture', 'Last updated on March 3, 2017 10:15 am EST']);
    expect(roles('Talks resumed. Updated: 3 May 2016 18:07').at(-1)).toEqual(['furniture', 'Updated: 3 May 2016 18:07']);
    const s = segment(text);
    expect(s.sentences.every((x) => x.end <= text.indexOf('Last Update'))).toBe(true);
  });

  it('is not a sentence that ends with a date, nor a stamp inside the text', () => {
    for (const text of [
      'The figures were published 22 November 2016.',
      'Officials said the report was updated on 3 May 2016',
      'Last Update: Tuesday 22 November 2016 KSA 23:28. The talks went on for a week and the envoy then left for Geneva.',
    ]) expect(segment(text).paragraphs.every((p) => p.kind !== 'furniture')).toBe(true);
  });

  it('leaves a one-line text head date to the head, not the stamp', () => {
    const text = 'Friday 23 August 2013 Inspectors arrive. The team met officials. Last Update: Friday 23 August 2013 KSA 11:13 - GMT 08:13 5';
    const kinds = segment(text).paragraphs.map((p) => [p.kind, p.start]);
    expect(kinds[0]).toEqual(['header', 0]);
    expect(kinds.at(-1)?.[0]).toBe('furniture');
  });
});

describe('paragraph ending in a typewriter closing quote', () => {
  it("a body paragraph ending .'' is body (split into sentences), a quoteless title line stays a heading", () => {
    const text = "A Title Line\n\nShe said she toured the museum. Many visitors were older, she said, and ''I had to step back.''\n\nMore text follows here.\n\nAn In-Text Heading\n\nThe end of it.";
    const s = segment(text);
    expect(s.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'body', 'heading', 'body']);
    expect(s.sentences.filter((x) => x.paragraph === 1)).toHaveLength(2);
  });
});
