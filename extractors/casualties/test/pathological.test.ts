// Long single sentences full of candidates must stay (near) linear: every rule looks at a bounded
// window, and per-sentence lookups use sorted arrays, not scans.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../src/document/build.js';
import { extractAll } from '../../index.js';

const cases: Array<[string, () => string, number]> = [
  ['many figures in one sentence', () => 'the shelling killed 5 civilians and 3 soldiers, '.repeat(20_000), 40_000],
  ['many bare numbers in one sentence', () => '12 34 56 78 90 '.repeat(40_000), 0],
  ['many armed-neutral nouns next to groups', () => 'killed 5 members of the SDF and '.repeat(20_000), 20_000],
];

describe('casualties on pathological text', () => {
  for (const [name, make, figures] of cases) {
    it(name, () => {
      const text = make();
      const t0 = Date.now();
      const ex = extractAll(documentFromText(text));
      const ms = Date.now() - t0;
      expect(ms).toBeLessThan(30_000);
      // one run-on "sentence" of 640 KB is cut into 2,000-character pieces (src/document/sentences.ts);
      // a figure straddling a cut is lost, nothing else
      if (figures > 0) expect(ex.casualties.length).toBeGreaterThanOrEqual(figures * 0.99);
      if (figures > 0) expect(ex.casualties.length).toBeLessThanOrEqual(figures);
      for (const item of [...ex.casualties, ...ex.groups]) expect(text.slice(item.start, item.end)).toBe(item.text);
    });
  }
});
