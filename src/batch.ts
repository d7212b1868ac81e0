// Reads inputs and runs the pipeline over each document, one at a time (flat memory). The ingest
// and extract commands share it and differ only in what they do with each result.
import { buildDocument } from './document/build.js';
import { readInputs, type ReadOptions } from './document/read.js';
import { emptyExtractions, runExtractors, type Extractions, type PipelineHooks } from './pipeline.js';
import type { Registry } from './registry.js';
import type { Document } from './types.js';

export type BatchItem =
  | { ok: true; doc: Document; extractions: Extractions }
  | { ok: false; file: string; reason: string };

export interface BatchOptions extends ReadOptions {
  registry: Registry;
  /** Skips extraction for a document (e.g. already stored with the current extractor version). */
  skip?: (doc: Document) => boolean | Promise<boolean>;
  hooks?: PipelineHooks;
}

export async function* runBatch(inputs: readonly string[], opts: BatchOptions): AsyncGenerator<BatchItem & { skipped?: boolean }> {
  for await (const read of readInputs(inputs, opts)) {
    if (!read.ok) {
      yield read;
      continue;
    }
    const file = read.doc.file ?? '-';
    let doc: Document;
    try {
      doc = buildDocument(read.doc);
    } catch (err) {
      yield { ok: false, file, reason: `cannot segment: ${(err as Error).message}` };
      continue;
    }
    if (await opts.skip?.(doc)) {
      yield { ok: true, doc, extractions: emptyExtractions(opts.registry), skipped: true };
      continue;
    }
    try {
      yield { ok: true, doc, extractions: runExtractors(doc, opts.registry, opts.hooks) };
    } catch (err) {
      yield { ok: false, file: read.doc.externalId ? `${file} (${read.doc.externalId})` : file, reason: `extraction failed: ${(err as Error).message}` };
    }
  }
}
