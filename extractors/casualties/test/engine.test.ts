// Valid / invalid tables for the casualties engine (one sentence at a time).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../engine.js';
import { extractCasualties } from '../extractor.js';
import { documentFromText } from '../../../src/document/build.js';
import { CATEGORY_NOUNS, OUTCOME_WORDS, QUALIFIERS } from '../lexicon.js';

const figs = (text: string) =>
  extractFigures(text).map((f) => ({ text: text.slice(f.start, f.end), count: f.count, qualifier: f.qualifier, outcome: f.outcome, category: f.category, rule: f.rule }));

describe('valid', () => {
  const valid: Array<[string, Record<string, unknown>]> = [
    ['63 civilians were killed in Aleppo.', { text: '63 civilians were killed', count: 63, outcome: 'killed', category: 'civilians', rule: 'casualties.count-noun-verb' }],
    ['The raid killed 12 people.', { text: '12 people', outcome: 'killed', category: 'people', rule: 'casualties.verb-count-noun' }],
    ['Shelling killed at least 20 civilians.', { text: 'at least 20 civilians', qualifier: 'at_least' }],
    ['The death toll rose to 45 on Sunday.', { text: '45', outcome: 'killed', rule: 'casualties.toll' }],
    ['At least 70 dead in chemical attack.', { text: 'At least 70 dead', outcome: 'killed' }],
    ['Five soldiers died when the bomb exploded.', { text: 'Five soldiers died', count: 5, category: 'military' }],
    ['Four Turkish troopers were wounded.', { text: 'Four Turkish troopers were wounded', outcome: 'wounded', category: 'military' }],
    ['Rebels abducted 30 villagers.', { text: '30 villagers', outcome: 'captured', category: 'civilians' }],
    ['Some 200 IS militants died in the fighting.', { text: 'Some 200 IS militants died', qualifier: 'approx', category: 'militants' }],
    ['Seven children were among the dead.', { text: 'Seven children', outcome: 'killed', category: 'children', rule: 'casualties.among-dead' }],
    ['Another 11 were killed in clashes.', { text: '11 were killed', rule: 'casualties.elliptical', category: 'people' }],
    ['The blast killed 38 regime forces.', { text: '38 regime forces', category: 'military' }],
    ['It caused the deaths of hundreds of people.', { text: 'hundreds of people', count: 200, outcome: 'killed' }],
    ['10 civilian deaths were recorded.', { text: '10 civilian deaths', category: 'civilians', outcome: 'killed' }],
    ['57 Civilians Killed 150 Injured in Aleppo', { text: '57 Civilians Killed', outcome: 'killed' }],
    ['At least 74, including eight Americans, were killed in Nairobi.', { text: 'At least 74', rule: 'casualties.count-distant-verb', outcome: 'killed' }],
    ['At least one man was killed by shelling.', { text: 'At least one man was killed', count: 1, qualifier: 'at_least' }],
    ['The strike killed 5 of the soldiers.', { text: '5 of the soldiers', category: 'military', outcome: 'killed' }],
    ['More than a quarter of a million people have been killed.', { count: 250000, qualifier: 'more_than' }],
  ];
  for (const [text, want] of valid) {
    it(text, () => {
      expect(figs(text)).toContainEqual(expect.objectContaining(want));
    });
  }
});

describe('invalid (no casualty figure)', () => {
  const invalid = [
    'Nearly 140 armed units in Syria joined the cessation of hostilities.',
    'Officers persuaded the elders of 742 populated localities to join the reconciliation process.',
    'A total of 2,031 ceasefire violations were reported.',
    'The UN Security Council adopted Resolution 2254 in 2015.',
    'A 12-year-old boy was rescued from the rubble.',
    'Two million people were displaced by the fighting.',
    'As many as 69 armed groups have declared their commitment.',
    'The aircraft hit 35 targets in 24 hours.',
    'He was killed in 2014 in Raqqa.',
    'About 40 percent of the victims were women.',
    'Three soldiers killed ten militants.',
    'The number of deaths was one of the highest daily tolls.',
    'Rebels captured 12 villages overnight.',
    '9 Aug 2016 Three buses on Wednesday carried people who were injured.',
  ];
  for (const text of invalid) {
    it(text, () => {
      const got = figs(text).filter((f) => !(text.startsWith('Three soldiers') && f.category === 'militants'));
      expect(got).toEqual([]);
    });
  }
});

describe('extractor', () => {
  it('offsets, number span and sentence dates', () => {
    const doc = documentFromText('Clashes continued. Yesterday, 63 civilians were killed and 252 more were wounded.');
    const out = extractCasualties(doc, [{ start: 19, end: 28, text: 'Yesterday', type: 'DATE', value: '2016-09-18', rule: 'test' }]);
    expect(out).toHaveLength(2);
    for (const c of out) {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.dates).toEqual([0]);
      expect(c.number && doc.text.slice(c.number.start, c.number.end)).toMatch(/^\d+$/);
    }
    expect(out[1]).toMatchObject({ count: 252, category: 'civilians', inferred: { category: 'previous-figure' } });
  });
  it('numbers inside date mentions are not figures', () => {
    const doc = documentFromText('On 27 February 12 people were killed.');
    const out = extractCasualties(doc, [{ start: 3, end: 14, text: '27 February', type: 'DATE', value: '2016-02-27', rule: 'test' }]);
    expect(out.map((c) => c.count)).toEqual([12]);
  });
});

describe('lexicons', () => {
  it('are lower-case data without duplicates', () => {
    const nouns = Object.values(CATEGORY_NOUNS).flat();
    for (const n of nouns) expect(n).toBe(n.toLowerCase());
    const dup = nouns.filter((n, i) => nouns.indexOf(n) !== i);
    expect(dup).toEqual([]);
    for (const o of OUTCOME_WORDS) expect(o.phrase).toBe(o.phrase.toLowerCase());
    expect(QUALIFIERS.find((q) => q.phrase === 'nearly')?.qualifier).toBe('nearly');
  });
});
