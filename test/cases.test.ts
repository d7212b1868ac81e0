// Runs every extractors/<extractor>/cases/<case>.json through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { loadCases, matchesSubset } from '../src/eval/cases.js';
import { documentFromText } from '../src/document/build.js';
import { defaultRegistry, extractAll, type Extractions } from '../extractors/index.js';

const cases = loadCases('extractors');

describe('extractor cases', () => {
  it('finds case folders', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(`${c.extractor}: ${c.description} (${c.file})`, () => {
      const doc = documentFromText(c.text, c.published);
      const all = extractAll(doc)[c.extractor as keyof Extractions] as unknown as Array<Record<string, unknown>>;
      expect(all, `unknown extractor folder ${c.extractor}`).toBeDefined();
      for (const item of all) expect(doc.text.slice(item.start as number, item.end as number)).toBe(item.text);
      // a case names what is scored, as gold does (e.g. named groups, not descriptors kept for curation)
      const scored = defaultRegistry.get(c.extractor)?.gold?.scored;
      const items = scored ? all.filter((i) => scored(i)) : all;
      const summary = items.map((i) => ({ ...i }));
      for (const want of c.expect) {
        expect(items.some((i) => matchesSubset(i, want)), `missing ${JSON.stringify(want)}; got ${JSON.stringify(summary)}`).toBe(true);
      }
      if (c.exhaustive) expect(items.length, `extra items: ${JSON.stringify(summary)}`).toBe(c.expect.length);
    });
  }
});
