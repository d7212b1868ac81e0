// The era clues (src/document/era-clues.ts) and the groups gazetteer both date organisations' names;
// they must agree, so a renaming is written once as a fact and checked in the other place.
import { describe, expect, it } from 'vitest';
import { eraClues } from '../src/document/era-clues.js';
import { loadGazetteer } from '../extractors/groups/gazetteer.js';

const month = (day: string) => day.slice(0, 7);

describe('era clues agree with the gazetteer', () => {
  const dated = loadGazetteer().entries.flatMap((e) => (e.names ?? []).map((n) => ({ id: e.id, ...n })));

  it('the gazetteer has dated names to check', () => {
    expect(dated.length).toBeGreaterThanOrEqual(3);
  });

  for (const n of dated) {
    it(`${n.name} (${n.id}): ${n.from ?? '…'} – ${n.until ?? '…'}`, () => {
      const clue = eraClues.find((c) => c.pattern.test(n.name));
      expect(clue, `no era clue matches "${n.name}"`).toBeDefined();
      if (n.from) expect(clue?.from).toBe(month(n.from));
      if (n.until) expect(clue?.to).toBe(month(n.until));
      else expect(clue?.to).toBeUndefined();
    });
  }
});
