// Reads inputs and runs the pipeline over them; the ingest and extract commands share it and differ
// only in what they do with each result. Results come out in input order.
//
// With `workers` ≥ 1 (and the default registry, which the worker threads build themselves) documents
// are handed to the extraction pool in batches; a few batches are in flight at once and the reader
// only reads on when one is taken, so memory stays bounded whatever the input size (back-pressure:
// reader → pool → the caller's writer). Without workers, each document is extracted in-process.
import { buildDocument } from './document/build.js';
import { documentId } from './document/identity.js';
import type { RawDocument } from './document/raw.js';
import { readInputs, type ReadOptions } from './document/read.js';
import { emptyExtractions, type Extractions, type PipelineHooks } from './pipeline.js';
import { ExtractPool } from './pool/pool.js';
import { processDocument, type DocResult } from './pool/process.js';
import type { Registry } from './registry.js';
import type { Document } from './types.js';

export type BatchItem =
  | { ok: true; doc: Document; extractions: Extractions }
  | { ok: false; file: string; reason: string };

export interface BatchOptions extends ReadOptions {
  registry: Registry;
  /** Skips extraction for a document (e.g. already stored with the current extractor version). */
  skip?: (doc: { id: string; file?: string }) => boolean | Promise<boolean>;
  /** Stage timings (in-process only: a hook cannot run on a worker thread). */
  hooks?: PipelineHooks;
  /** Worker threads; 0 or undefined extracts in-process. */
  workers?: number;
  /** Per-document time budget on a worker, in milliseconds. */
  docTimeoutMs?: number;
  /** Documents and characters per batch handed to a worker. */
  batchDocs?: number;
  batchChars?: number;
  /** Worker module (tests); default the compiled src/pool/worker.js. */
  workerFile?: string;
}

type Slot = { item: BatchItem & { skipped?: boolean } } | { raw: RawDocument; file: string };

const labelOf = (raw: RawDocument) => {
  const file = raw.file ?? '-';
  return raw.externalId ? `${file} (${raw.externalId})` : file;
};

function itemOf(result: DocResult, slot: { raw: RawDocument; file: string }): BatchItem {
  if (result.ok) return result;
  // a segmentation failure names the file, as it always did; an extraction failure the record too
  return { ok: false, file: result.reason.startsWith('cannot segment') ? slot.file : labelOf(slot.raw), reason: result.reason };
}

export async function* runBatch(inputs: readonly string[], opts: BatchOptions): AsyncGenerator<BatchItem & { skipped?: boolean }> {
  const pooled = (opts.workers ?? 0) >= 1 && !opts.hooks;
  let pool: ExtractPool | undefined;
  if (pooled) {
    const poolOpts: ConstructorParameters<typeof ExtractPool>[0] = { workers: opts.workers as number, workerData: { registryVersion: opts.registry.version } };
    if (opts.docTimeoutMs !== undefined) poolOpts.docTimeoutMs = opts.docTimeoutMs;
    if (opts.workerFile !== undefined) poolOpts.filename = opts.workerFile;
    pool = new ExtractPool(poolOpts);
  }
  const batchDocs = pooled ? (opts.batchDocs ?? 16) : 1;
  const batchChars = pooled ? (opts.batchChars ?? 256 * 1024) : 1;
  const inFlight = pooled ? 2 * (pool as ExtractPool).workers : 1;

  const extract = async (slots: Slot[]): Promise<Array<BatchItem & { skipped?: boolean }>> => {
    const work = slots.filter((s): s is { raw: RawDocument; file: string } => 'raw' in s);
    const results = pool ? await pool.run(work.map((s) => s.raw)) : work.map((s) => processDocument(s.raw, opts.registry, opts.hooks));
    let j = 0;
    return slots.map((s) => ('item' in s ? s.item : itemOf(results[j++] as DocResult, s)));
  };

  const queue: Array<Promise<Array<BatchItem & { skipped?: boolean }>>> = [];
  let slots: Slot[] = [];
  let docs = 0;
  let chars = 0;
  const submit = () => {
    if (slots.length === 0) return;
    queue.push(extract(slots));
    slots = [];
    docs = 0;
    chars = 0;
  };

  try {
    for await (const read of readInputs(inputs, opts)) {
      if (!read.ok) {
        slots.push({ item: read });
      } else {
        const raw = read.doc;
        const file = raw.file ?? '-';
        if (opts.skip && (await opts.skip({ id: (raw.id ??= documentId(raw.text)), file }))) {
          slots.push({ item: skippedItem(raw, opts.registry, file) });
        } else {
          slots.push({ raw, file });
          docs++;
          chars += raw.text.length;
        }
      }
      if (docs >= batchDocs || chars >= batchChars || slots.length >= 256) submit();
      while (queue.length >= inFlight) yield* await (queue.shift() as Promise<Array<BatchItem & { skipped?: boolean }>>);
    }
    submit();
    while (queue.length > 0) yield* await (queue.shift() as Promise<Array<BatchItem & { skipped?: boolean }>>);
  } finally {
    // a consumer that stops early (or throws) leaves nothing running
    await Promise.allSettled(queue);
    await pool?.close();
  }
}

function skippedItem(raw: RawDocument, registry: Registry, file: string): BatchItem & { skipped?: boolean } {
  try {
    return { ok: true, doc: buildDocument(raw), extractions: emptyExtractions(registry), skipped: true };
  } catch (err) {
    return { ok: false, file, reason: `cannot segment: ${(err as Error).message}` };
  }
}
