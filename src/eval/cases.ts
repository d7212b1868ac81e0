// Per-extractor case files: extractors/<extractor>/cases/<case>.json, found automatically.
// A case gives a text, an optional publication date and the items the extractor must produce
// (matched by `text` plus every other field given). With `exhaustive` (the default) nothing else
// may be produced, so `"expect": []` is a negative case.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const caseSchema = z
  .object({
    description: z.string().min(1),
    text: z.string().min(1),
    published: z.string().optional(),
    expect: z.array(z.record(z.string(), z.unknown()).and(z.object({ text: z.string().min(1) }))),
    exhaustive: z.boolean().default(true),
  })
  .strict();

export type ExtractorCase = z.infer<typeof caseSchema> & { extractor: string; file: string };

/** Every `<root>/<extractor>/cases/*.json` (root = the extractors folder). */
export function loadCases(root: string): ExtractorCase[] {
  const cases: ExtractorCase[] = [];
  for (const extractor of readdirSync(root).sort()) {
    const dir = join(root, extractor, 'cases');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = join(dir, name);
      const parsed = caseSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: invalid case: ${parsed.error.message}`);
      cases.push({ ...parsed.data, extractor, file });
    }
  }
  return cases;
}

/** True when every field of `expected` equals (deeply) the same field of `actual`. */
export function matchesSubset(actual: Record<string, unknown>, expected: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([k, v]) => JSON.stringify(actual[k]) === JSON.stringify(v));
}
