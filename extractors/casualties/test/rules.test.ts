import { describe, expect, it } from 'vitest';
import { OUTCOME_RULES, rulesById, type OutcomeRule } from '../rules.js';
import { buildGazetteer, findPlaces } from '../places.js';
import { extractFigures } from '../engine.js';
import { parseDigits, parseNumber, parseNumberWords, spelledYear } from '../../../src/text/numbers.js';

describe('outcome rules as data', () => {
  it('have unique ids and descriptions', () => {
    expect(rulesById(OUTCOME_RULES).size).toBe(OUTCOME_RULES.length);
    for (const r of OUTCOME_RULES) expect(r.description.length).toBeGreaterThan(10);
  });
  it('a duplicate id is refused', () => {
    const dup = [OUTCOME_RULES[0], OUTCOME_RULES[0]] as OutcomeRule[];
    expect(() => rulesById(dup)).toThrow(/duplicate casualties rule id/);
  });
  it('the engine runs the list it is given', () => {
    const text = 'The strike killed 12 civilians.';
    expect(extractFigures(text)).toHaveLength(1);
    expect(extractFigures(text, { dateSpans: [] }, OUTCOME_RULES.filter((r) => r.id !== 'casualties.verb-count-noun'))).toHaveLength(0);
  });
});

describe('gazetteer', () => {
  it('is validated strictly', () => {
    expect(() => buildGazetteer({ source: 'x', places: [{ id: 'a', name: 'A', type: 'planet' }] })).toThrow();
    expect(() => buildGazetteer({ source: 'x', places: [{ id: 'a', name: 'A', type: 'city', extra: 1 }] })).toThrow();
    expect(() => buildGazetteer({ source: 'x', places: [{ id: 'a', name: 'A', type: 'city' }, { id: 'a', name: 'B', type: 'city' }] })).toThrow(/duplicate/);
  });
  const cases: Array<[string, string[]]> = [
    ['Shelling hit Deir Ezzor and Deir al-Zour.', ['deir-ez-zor', 'deir-ez-zor']],
    ['In Syrias Aleppo and in Halab', ['syria', 'aleppo', 'aleppo']],
    ['clashes in Idlib province near Jisr al-Shughour', ['idlib-governorate', 'jisr-al-shughur']],
    ['Kobani (Ain al-Arab) and al-Bab', ['kobani', 'kobani', 'al-bab']],
    ['the village of Umm Sharshuh', ['umm-sharshuh']],
    ['Hamas said; the hama river', []],
  ];
  for (const [text, ids] of cases) it(text, () => expect(findPlaces(text).map((p) => p.id)).toEqual(ids));
});

describe('shared number parser', () => {
  it('parses digits, words, fractions and spelled years', () => {
    expect(parseDigits('100000')).toBe(100000);
    expect(parseDigits('1.5 thousand')).toBe(1500);
    expect(parseNumberWords('two hundred and fifty')).toBe(250);
    expect(parseNumberWords('a dozen')).toBe(12);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('5 1/2')).toBe(5.5);
    expect(parseNumber('a couple of')).toBe(2);
    expect(spelledYear('nineteen ninety-six')).toBe(1996);
    expect(spelledYear('the year two thousand')).toBe(2000);
    expect(spelledYear('two thousand and five')).toBe(2005);
    expect(parseNumber('banana')).toBeUndefined();
  });
});
