import { describe, expect, it } from 'vitest';
import { findNumbers } from '../numbers.js';
import { parseDigits, parseNumberWords as parseWords } from '../../../src/text/numbers.js';

describe('number parsing', () => {
  const digits: Array<[string, number | undefined]> = [
    ['2,031', 2031],
    ['12800', 12800],
    ['1.5 thousand', 1500],
    ['2 million', 2_000_000],
    ['1.5', undefined],
  ];
  for (const [s, v] of digits) it(`digits ${s} → ${v}`, () => expect(parseDigits(s)).toBe(v));

  const words: Array<[string, number | undefined]> = [
    ['two', 2],
    ['twenty-five', 25],
    ['a hundred', 100],
    ['two hundred and fifty', 250],
    ['three thousand', 3000],
    ['eleven', 11],
    ['banana', undefined],
  ];
  for (const [s, v] of words) it(`words ${s} → ${v}`, () => expect(parseWords(s)).toBe(v));
});

describe('number expressions', () => {
  const one = (text: string) => {
    const [n] = findNumbers(text);
    return n ? { text: text.slice(n.start, n.end), count: n.count, low: n.low, high: n.high, qualifier: n.qualifier } : undefined;
  };
  it('qualifiers', () => {
    expect(one('at least 70 people')).toMatchObject({ text: 'at least 70', qualifier: 'at_least' });
    expect(one('nearly 40 civilians')).toMatchObject({ qualifier: 'nearly' });
    expect(one('almost 40 civilians')).toMatchObject({ qualifier: 'nearly' });
    expect(one('about 13,000 civilians')).toMatchObject({ count: 13000, qualifier: 'approx' });
    expect(one('more than 50 people')).toMatchObject({ qualifier: 'more_than' });
    expect(one('over 400 wounded')).toMatchObject({ qualifier: 'more_than' });
    expect(one('fewer than 10 people')).toMatchObject({ qualifier: 'less_than' });
    expect(one('up to 50 people')).toMatchObject({ qualifier: 'up_to' });
  });
  it('"a total of" is exact and outside the span', () => {
    expect(one('a total of 3,532 servicemen')).toMatchObject({ text: '3,532', qualifier: 'exact' });
  });
  it('"as many as" is exact before a precise figure, up_to before a round one', () => {
    expect(one('As many as 8,949 servicemen')).toMatchObject({ qualifier: 'exact', count: 8949 });
    expect(one('as many as 200 fighters')).toMatchObject({ qualifier: 'up_to' });
  });
  it('ranges', () => {
    expect(one('between 10 and 15 rebels')).toMatchObject({ text: 'between 10 and 15', count: 10, low: 10, high: 15, qualifier: 'approx' });
    expect(one('10 to 15 rebels')).toMatchObject({ low: 10, high: 15 });
    expect(one('10-15 rebels')).toMatchObject({ low: 10, high: 15 });
  });
  it('vague quantities', () => {
    expect(one('dozens of people')).toMatchObject({ count: 24, low: 24, high: 99, qualifier: 'approx' });
    expect(one('tens of thousands of people')).toMatchObject({ count: 20000 });
    expect(one('a quarter of a million people')).toMatchObject({ count: 250000 });
  });
  it('no number inside words or other numbers', () => {
    expect(findNumbers('someone often; COVID-19; v2.5')).toEqual([]);
  });
});
