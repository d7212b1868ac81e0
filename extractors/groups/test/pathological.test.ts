// Many candidates in one long sentence: selection uses an occupancy array, fuzzy candidates are
// indexed by token count and first letter, and edit distances are memoised.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractGroups } from '../extractor.js';

describe('groups on pathological text', () => {
  it('many acronyms, fuzzy names and caps runs in one sentence', () => {
    const text = 'ISIS UN Jabhat al-Nustra WHAT IS '.repeat(20_000);
    const t0 = Date.now();
    const got = extractGroups(documentFromText(text));
    expect(Date.now() - t0).toBeLessThan(30_000);
    // the run-on sentence is cut into 2,000-character pieces (src/document/sentences.ts): a name straddling a cut is lost
    expect(got.length).toBeGreaterThanOrEqual(60_000 * 0.99);
    expect(got.length).toBeLessThanOrEqual(60_000);
    for (const g of got.slice(0, 100)) expect(text.slice(g.start, g.end)).toBe(g.text);
  });
  it('a long run of capitalised words', () => {
    const text = 'Syrian Arab Army Free Syrian Army Hezbollah Hizbolah '.repeat(10_000);
    const got = extractGroups(documentFromText(text));
    expect(got.length).toBe(40_000);
  });
  it('a text of tag labels: the names in the runs are furniture, each stretch is read about once', () => {
    const text = 'Tags Syria UN SOHR '.repeat(20_000);
    const got = extractGroups(documentFromText(text));
    // only the name cut by the end of a run's 600-character window escapes it: one per window of 40,000 names
    expect(got.length).toBeLessThanOrEqual(Math.ceil(text.length / 600));
    for (const g of got) expect(text.slice(g.start, g.end)).toBe(g.text);
  });
});
