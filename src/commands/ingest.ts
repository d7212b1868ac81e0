// `communique ingest`: inputs → documents and extractions in the store. Extraction runs on the worker
// pool (--workers); the single writer commits the results in input order, several documents per
// transaction (at most WRITE_BATCH_DOCS or WRITE_BATCH_MS apart), so a kill leaves every document
// fully stored or absent and a re-run resumes to the same database as a clean run.
import { runBatch } from '../batch.js';
import type { Registry } from '../registry.js';
import type { RunCounts, Store, StoreOp } from '../store/store.js';
import { Progress, type ProgressTotals } from '../progress.js';
import { toolVersion } from '../version.js';
import { poolOptions, readOptions, type InputFlags, type PoolFlags } from './options.js';

export interface IngestFlags extends InputFlags, PoolFlags {
  reprocess: boolean;
  quiet?: boolean;
}

export interface IngestSummary extends RunCounts {
  runId: number;
  location: string;
  /** Documents, text bytes and seconds of the run (for the MB/s of the summary line). */
  rate?: ProgressTotals;
}

export const WRITE_BATCH_DOCS = 50;
export const WRITE_BATCH_MS = 100;

export async function ingest(inputs: string[], flags: IngestFlags, store: Store, registry: Registry): Promise<IngestSummary> {
  const version = registry.version;
  const runId = await store.startRun({ toolVersion, extractorVersion: version, inputs });
  const counts: RunCounts = { documents_read: 0, documents_new: 0, documents_unchanged: 0, documents_reprocessed: 0, failures: 0 };
  const progress = new Progress('ingest', { inputs, enabled: flags.quiet ? false : undefined });
  // A stored document is extracted again only when asked to and its extractor version changed.
  const skip = async (doc: { id: string }) => {
    const stored = await store.storedVersion(doc.id);
    return stored !== undefined && (!flags.reprocess || stored === version);
  };
  // Documents written by this run (a repeated input counts as unchanged, as when written one by one).
  const written = new Set<string>();

  let ops: StoreOp[] = [];
  let opened = 0;
  let storeOps = 0;
  const flush = async () => {
    if (ops.length === 0) return;
    const batch = ops;
    ops = [];
    storeOps = 0;
    const outcomes = await store.storeBatch(batch);
    for (const o of outcomes) {
      if (o === 'new') counts.documents_new++;
      else if (o === 'reprocessed') counts.documents_reprocessed++;
    }
  };
  const queue = async (op: StoreOp) => {
    if (ops.length === 0) opened = Date.now();
    ops.push(op);
    if (op.op === 'store') storeOps++;
    if (storeOps >= WRITE_BATCH_DOCS || Date.now() - opened >= WRITE_BATCH_MS) await flush();
  };

  let status: 'done' | 'interrupted' = 'interrupted';
  let rate: ProgressTotals | undefined;
  try {
    for await (const item of runBatch(inputs, { ...readOptions(flags), ...poolOptions(flags, inputs), registry, skip })) {
      if (!item.ok) {
        counts.failures++;
        await queue({ op: 'failure', runId, file: item.file, reason: item.reason });
        progress.warn(`communique: ${item.file}: ${item.reason}`);
        progress.tick(false, item.file);
        continue;
      }
      counts.documents_read++;
      if (item.skipped || written.has(item.doc.id)) {
        await queue({ op: 'touch', docId: item.doc.id, runId });
        counts.documents_unchanged++;
      } else {
        written.add(item.doc.id);
        await queue({ op: 'store', doc: item.doc, extractions: item.extractions, extractorVersion: version, runId });
      }
      progress.tick(true, item.doc.file ?? item.doc.id, Buffer.byteLength(item.doc.text));
    }
    await flush();
    status = 'done';
  } finally {
    rate = progress.end();
    await store.finishRun(runId, counts, status);
  }
  return { ...counts, runId, location: store.location, rate };
}

export function formatIngestSummary(s: IngestSummary): string {
  return (
    `ingested into ${s.location} (run ${s.runId}): ${s.documents_read} documents read, ${s.documents_new} new, ` +
    `${s.documents_reprocessed} reprocessed, ${s.documents_unchanged} unchanged, ${s.failures} failed` +
    (s.rate ? ` in ${s.rate.seconds.toFixed(1)} s, ${(s.rate.bytes / 1e6).toFixed(2)} MB, ${(s.rate.bytes / 1e6 / Math.max(1e-3, s.rate.seconds)).toFixed(2)} MB/s` : '')
  );
}

/** "N documents, N dates, N casualties, …" from a store's totals. */
export function formatTotals(totals: Record<string, number>): string {
  return Object.entries(totals).map(([k, n]) => `${n} ${k}`).join(', ');
}
