// The hand-written word scan and trie must agree with the patterns they replace, on any text.
import { describe, expect, it } from 'vitest';
import { FoldedWords, scanWords } from '../wordscan.js';
import { isSpaceCode as isSpace } from '../../../src/document/space.js';

const PIECES = ['Aleppo', "'s", '’s', 's', ' ', '  ', '\u00A0', '-', ',', '.', 'al', '5', '12', "'", '’', 'x', 'İ', 'ſ', 'é', 'Kobanî', '\u{1D400}', '\uD800', '\n', '\u2003', 'T4', 'Ⅻ', '٣'];
function randomTexts(n: number): string[] {
  let seed = 7;
  const next = (m: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % m;
  };
  return Array.from({ length: n }, () => Array.from({ length: 1 + next(30) }, () => PIECES[next(PIECES.length)]).join(''));
}
const fold = (w: string) => w.toLowerCase().replace(/['’]/g, '');

describe('scanWords', () => {
  it('finds the words of /[\\p{L}\\p{N}]+(?:[\'’][\\p{L}]+)?/gu', () => {
    for (const text of randomTexts(3000)) {
      const { count, starts, ends } = scanWords(text);
      const got = Array.from({ length: count }, (_, k) => [starts[k], ends[k]]);
      const want = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((m) => [m.index, m.index + m[0].length]);
      expect(got).toEqual(want);
    }
  });
});

describe('isSpaceCode, the space test of the places scan', () => {
  it('is /[\\s\\u00A0]/ on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isSpace(c)]).toEqual([c, /[\s\u00A0]/.test(String.fromCharCode(c))]);
  });
});

describe('FoldedWords', () => {
  const words = ['aleppo', 'al', 'syrias', 't4', 'kobanî'];
  const set = new FoldedWords(words);
  it('answers for ASCII words as a Set of folds, and leaves the others to the caller', () => {
    for (const text of randomTexts(2000)) {
      const { count, starts, ends } = scanWords(text);
      for (let k = 0; k < count; k++) {
        const w = text.slice(starts[k] as number, ends[k] as number);
        const got = set.has(text, starts[k] as number, ends[k] as number);
        if (/[^\x00-\x7f’]/.test(w)) expect(got).toBeUndefined();
        else expect(got).toBe(words.includes(fold(w)));
      }
    }
  });
});
