// Every item the default registry produces on the bundled texts satisfies its descriptor's zod item
// schema and the offsets contract.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromText } from '../src/document/build.js';
import { runExtractors } from '../src/pipeline.js';
import { defaultRegistry } from '../extractors/index.js';

const texts = [
  ...readdirSync('corpus').filter((f) => f.endsWith('.txt')).map((f) => join('corpus', f)),
  ...readdirSync('fixtures/fakes-dev/texts').map((f) => join('fixtures/fakes-dev/texts', f)),
];

describe('item schemas', () => {
  for (const file of texts) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      const doc = documentFromText(text);
      const ex = runExtractors(doc, defaultRegistry);
      for (const desc of defaultRegistry.extractors) {
        for (const item of ex[desc.name] ?? []) {
          const parsed = desc.item.safeParse(item);
          expect(parsed.success, `${desc.name} ${JSON.stringify(item)}: ${parsed.error?.message}`).toBe(true);
          expect(doc.text.slice(item.start, item.end)).toBe(item.text);
        }
      }
    });
  }
});
