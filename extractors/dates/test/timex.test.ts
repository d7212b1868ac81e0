import { describe, expect, it } from 'vitest';
import { addDays, durationValue, fmt, isoWeek } from '../timex.js';
import { resolveWeekday, resolveYear } from '../resolve.js';
import { tenseAround } from '../tense.js';
import { parseNumber, spelledYear } from '../normalise.js';

describe('timex helpers', () => {
  it('formats values', () => {
    expect(fmt.day(undefined, 9, 19)).toBe('XXXX-09-19');
    expect(fmt.quarter(2016, 1)).toBe('2016-Q1');
    expect(fmt.time('2016-09-12', 19, 0)).toBe('2016-09-12T19:00');
    expect(isoWeek({ year: 2016, month: 3, day: 16 })).toEqual({ year: 2016, week: 11 });
    expect(addDays({ year: 2016, month: 3, day: 1 }, -1)).toEqual({ year: 2016, month: 2, day: 29 });
  });
  it('builds durations', () => {
    expect(durationValue(2, 'M')).toBe('P2M');
    expect(durationValue(13, 'H')).toBe('PT13H');
    expect(durationValue(undefined, 'D')).toBe('PXD');
    expect(durationValue(1, 'DE')).toBe('P10Y');
    expect(durationValue(2.5, 'Y')).toBe('P2Y6M');
    expect(durationValue(5.5, 'H')).toBe('PT5H30M');
  });
  it('parses numbers and spelled years', () => {
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('thirteen')).toBe(13);
    expect(parseNumber('5 1/2')).toBe(5.5);
    expect(spelledYear('nineteen ninety-six')).toBe(1996);
    expect(spelledYear('the year two thousand')).toBe(2000);
  });
});

describe('anchoring', () => {
  const dct = { year: 2016, month: 10, day: 7 };
  it('past tense and a later month → previous year', () => {
    expect(resolveYear(dct, 12, 20, 'past').year).toBe(2015);
    expect(resolveYear(dct, 2, 27, 'past').year).toBe(2016);
  });
  it('future tense and an earlier month → next year', () => {
    expect(resolveYear(dct, 3, 1, 'future').year).toBe(2017);
  });
  it('no publication date → no year', () => {
    expect(resolveYear(undefined, 3, 1, 'past').year).toBeUndefined();
  });
  it('resolves weekdays', () => {
    // 2016-10-07 is a Friday
    expect(resolveWeekday(dct, 1, undefined, 'past')).toEqual({ year: 2016, month: 10, day: 3 });
    expect(resolveWeekday(dct, 1, undefined, 'future')).toEqual({ year: 2016, month: 10, day: 10 });
    expect(resolveWeekday(dct, 5, 'last', undefined)).toEqual({ year: 2016, month: 9, day: 30 });
  });
  it('detects tense locally', () => {
    const s = 'The talks will resume on Monday.';
    expect(tenseAround(s, s.indexOf('Monday'), s.indexOf('Monday') + 6)).toBe('future');
    const p = 'The convoy was attacked on Monday.';
    expect(tenseAround(p, p.indexOf('Monday'), p.indexOf('Monday') + 6)).toBe('past');
  });
});
