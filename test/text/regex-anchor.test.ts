// anchorOf: whenever a pattern matches a text, its anchor test holds (it only ever skips texts that
// cannot match), on the era clues and on patterns with optional parts, groups and alternatives.
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../src/text/regex-anchor.js';
import { eraClues } from '../../src/document/era-clues.js';

const patterns = [...eraClues.map((c) => c.pattern), /ab?c|d(?:e|f)g+h|[xy]z{2}w/, /(?:Russian )?(?:center|centre) for (?:the )?reconciliation/i, /a\.b|c(d)\1e/];
const pieces = ['John ', 'Kerry', 'Shoigu', 'Sergei ', 'Sergey ', 'President ', 'Obama', 'Trump', 'al-Nusra ', 'Nusra Front', 'Jabhat ', 'Fateh al-Sham', 'Hay', "'", 'at Tahrir al-Sham', 'RECONCILIATION', 'Center for ', 'the ', 'reconcılıatıon', 'ac', 'abc', 'defggh', 'xzzw', 'a.b', 'cdde', ' ', 'x'];

describe('anchorOf', () => {
  it('holds on every text its pattern matches', () => {
    let seed = 3;
    const next = (m: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % m;
    };
    let matched = 0;
    for (let t = 0; t < 5000; t++) {
      const text = Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)]).join('');
      for (const re of patterns) {
        if (!re.test(text)) continue;
        matched++;
        const anchor = anchorOf(re);
        if (anchor) expect(anchor(text)).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
  it('finds a literal per alternative, or none', () => {
    expect(anchorOf(/(?:a|b)/)).toBeNull();
    expect(anchorOf(/x?/)).toBeNull();
    const a = anchorOf(/\bfoo(?:bar)?|baz+/) as (t: string) => boolean;
    expect([a('foo'), a('ba'), a('xbazz'), a('fo')]).toEqual([true, false, true, false]); // z+ keeps its z
  });
});
