// An extractor whose output grows with the square of the input fails that document alone, with the
// reason, before storing or printing it exhausts memory; the batch goes on with the next document.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildRegistry } from '../../src/registry.js';
import { OutputBudgetError, runExtractors } from '../../src/pipeline.js';
import { documentFromText } from '../../src/document/build.js';
import { runBatch, type BatchItem } from '../../src/batch.js';
import type { AnyExtractor } from '../../src/extractor.js';
import type { Mention } from '../../src/types.js';

/** Every prefix of every sentence from each word start: n² characters of output. */
const quadratic: AnyExtractor = {
  name: 'prefixes',
  version: '0',
  extract(doc) {
    const out: Mention[] = [];
    for (let i = 0; i < doc.text.length; i += 4) out.push({ start: i, end: doc.text.length, text: doc.text.slice(i), rule: 'prefixes.all' });
    return out;
  },
  item: z.object({ start: z.number(), end: z.number(), text: z.string(), rule: z.string() }),
  render: { row: (m: Mention) => m.text },
  storage: { table: 'prefixes', columns: [] },
};
const registry = buildRegistry([quadratic]);

describe('output budget', () => {
  it('a short text passes; a long one fails with the reason', () => {
    expect(runExtractors(documentFromText('the minister said that the opposition '.repeat(10)), registry).prefixes?.length).toBeGreaterThan(0);
    expect(() => runExtractors(documentFromText('the minister said that the opposition '.repeat(2000)), registry)).toThrow(OutputBudgetError);
    expect(() => runExtractors(documentFromText('the minister said that the opposition '.repeat(2000)), registry)).toThrow(
      /prefixes: 19000 items cover \d+ characters of a 76000-character text \(more than 100 times over/,
    );
  });

  it('fails the document alone: the batch goes on', async () => {
    const lines = [
      JSON.stringify({ id: 'big', text: 'the minister said that the opposition '.repeat(2000) }),
      JSON.stringify({ id: 'small', text: 'The ministry said on Friday.' }),
    ];
    const out: BatchItem[] = [];
    for await (const item of runBatch(['-'], { format: 'jsonl', maxBytes: 1 << 20, registry, stdin: async () => Buffer.from(lines.join('\n')) })) out.push(item);
    expect(out.map((r) => (r.ok ? `ok ${r.doc.externalId}` : `${r.file}: ${r.reason.slice(0, 34)}`))).toEqual(['- (big): extraction failed: prefixes: 19000', 'ok small']);
  });
});
