import { describe, expect, it } from 'vitest';
import { hasNumber } from '../prefilter.js';
import { extractFigures } from '../engine.js';

describe('casualties prefilter', () => {
  it('lets through a digit, a number word, a vague quantity, or an article before a singular person noun', () => {
    expect(hasNumber('12 people were killed')).toBe(true);
    expect(hasNumber('twenty were killed')).toBe(true);
    expect(hasNumber('dozens were killed')).toBe(true);
    expect(hasNumber('a dozen were killed')).toBe(true);
    expect(hasNumber('a child was killed')).toBe(true);
    // a range word glued to the number word is still a number ("twentyorthirty")
    expect(hasNumber('twentyorthirty were killed')).toBe(true);
  });
  it('stops a sentence whose only number-like word is an article without a person noun', () => {
    const s = 'a report on the killing was published';
    expect(hasNumber(s)).toBe(false);
    // the rules would find nothing there either
    expect(extractFigures(s, { dateSpans: [] })).toEqual([]);
  });
});
