// eachNamedDate tries the named-date pattern only near years: it must find what a global scan finds.
import { describe, expect, it } from 'vitest';
import { eachNamedDate } from '../../src/document/head.js';
import { MONTH_PATTERN } from '../../src/document/months.js';

const GLOBAL = new RegExp(`(?<![\\w])(?:[0-3]?\\d\\s+${MONTH_PATTERN},?\\s*(?:19|20)\\d{2}|${MONTH_PATTERN}\\s+[0-3]?\\d,?\\s+(?:19|20)\\d{2})(?!\\d)`, 'gi');
const PIECES = ['5', '12', '31', '3', ' ', '  ', '\n', '\u00A0', 'June', 'Jan.', 'Sept', 'September', 'may', ',', '2017', '1999', '20', '19', '192020', 'x', '_', '.', '(', 'Dec', '0'];

describe('eachNamedDate', () => {
  it('visits the matches of a global scan, in order', () => {
    let seed = 13;
    const next = (m: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % m;
    };
    let found = 0;
    for (let t = 0; t < 5000; t++) {
      const text = Array.from({ length: 1 + next(25) }, () => PIECES[next(PIECES.length)] + (next(3) ? '' : ' ')).join('');
      const got: string[] = [];
      eachNamedDate(text, (m) => got.push(`${m.index}:${m[0]}`) > 0);
      const want = [...text.matchAll(GLOBAL)].map((m) => `${m.index}:${m[0]}`);
      expect(got).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});
