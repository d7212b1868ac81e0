// The inputs of the extractor benchmarks and reference dumps: documents built once, in order.
//   Default set: corpus/, fixtures/fakes-dev/texts, ../shared/data/fakes-dev.jsonl, ../shared/data/polnear-dev/text
import { existsSync } from 'node:fs';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/document/read.js';
import { buildDocument } from '../src/document/build.js';
import type { Document } from '../src/types.js';

export const DEFAULT_INPUTS = ['corpus', 'fixtures/fakes-dev/texts', '../shared/data/fakes-dev.jsonl', '../shared/data/polnear-dev/text'];

export async function loadDocuments(inputs: readonly string[]): Promise<{ docs: Document[]; bytes: number }> {
  const docs: Document[] = [];
  let bytes = 0;
  const present = inputs.filter((p) => p === '-' || existsSync(p));
  for (const missing of inputs.filter((p) => !present.includes(p))) console.error(`(missing input skipped: ${missing})`);
  for await (const r of readInputs(present, { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) continue;
    const doc = buildDocument(r.doc);
    bytes += Buffer.byteLength(doc.text);
    docs.push(doc);
  }
  return { docs, bytes };
}

/** The key a document is known by in a dump (external id, file, else its content id). */
export const docKey = (d: Document): string => d.externalId ?? d.file ?? d.id;
