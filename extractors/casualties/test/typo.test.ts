// The one-edit test used for typos of long nouns agrees with natural's restricted Damerau-Levenshtein
// distance (which it replaced for speed) on every pair of a generated set.
import { describe, expect, it } from 'vitest';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import { withinOneEdit } from '../nounphrase.js';

function variants(w: string): string[] {
  const out = new Set<string>([w]);
  const letters = 'aeilnrst';
  for (let i = 0; i <= w.length; i++) {
    for (const c of letters) out.add(w.slice(0, i) + c + w.slice(i)); // insertion
    if (i < w.length) {
      out.add(w.slice(0, i) + w.slice(i + 1)); // deletion
      for (const c of letters) out.add(w.slice(0, i) + c + w.slice(i + 1)); // substitution
    }
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)); // transposition
    if (i + 2 < w.length) out.add(w.slice(0, i) + w[i + 2] + w[i + 1] + w[i] + w.slice(i + 3)); // two edits
  }
  return [...out];
}

describe('withinOneEdit', () => {
  it('equals restricted Damerau-Levenshtein distance ≤ 1', () => {
    let checked = 0;
    for (const w of ['servicemen', 'civilians', 'combatants', 'aabbaa', 'sisters', 'noncombatants']) {
      const one = variants(w);
      const pool = [...one, ...one.flatMap((v) => variants(v).slice(0, 12))];
      for (const v of pool) {
        expect(withinOneEdit(w, v), `${w} / ${v}`).toBe(DamerauLevenshteinDistance(w, v, { restricted: true }) <= 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
  it('reads a typo of a long noun', () => {
    expect(withinOneEdit('servicemen', 'servicement')).toBe(true);
    expect(withinOneEdit('civilians', 'civillians')).toBe(true);
    expect(withinOneEdit('villages', 'villagers')).toBe(true);
    expect(withinOneEdit('villages', 'pillagers')).toBe(false);
  });
});
