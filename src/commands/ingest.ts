// `communique ingest`: inputs → documents and extractions in the store, one transaction each.
// Extraction runs on the worker pool (--workers); this single writer stores the results in input order.
import { runBatch } from '../batch.js';
import { skipsLanguage } from '../pipeline.js';
import { WriteBuffer } from './write-buffer.js';
import type { Registry } from '../registry.js';
import type { RunCounts, Store } from '../store/store.js';
import { Progress, type ProgressTotals } from '../progress.js';
import { toolVersion } from '../version.js';
import { poolOptions, readOptions, type InputFlags, type PoolFlags } from './options.js';
import { describeSkipped, type SkippedInput } from '../document/read.js';

export interface IngestFlags extends InputFlags, PoolFlags {
  reprocess: boolean;
  quiet?: boolean;
  /** Documents per transaction at most (default MAX_DOCS). */
  commitEvery?: number;
  /** Aborted (Ctrl-C): the run stops after the current document and is marked interrupted. */
  signal?: AbortSignal;
}

export interface IngestSummary extends RunCounts {
  runId: number;
  location: string;
  /** Files inside input directories that were not read, with the reason. */
  skipped: SkippedInput[];
  interrupted: boolean;
  /** Documents, text bytes and seconds of the run (for the MB/s of the summary line). */
  rate?: ProgressTotals;
  /** Documents in a language some extractor is not written for, by language (those extractors skipped them). */
  otherLanguages: Record<string, number>;
}

export async function ingest(inputs: string[], flags: IngestFlags, store: Store, registry: Registry): Promise<IngestSummary> {
  const version = registry.version;
  const runId = await store.startRun({ toolVersion, extractorVersion: version, inputs });
  const counts: RunCounts = { documents_read: 0, documents_new: 0, documents_unchanged: 0, documents_reprocessed: 0, failures: 0 };
  const progress = new Progress('ingest', { inputs, enabled: flags.quiet ? false : undefined });
  let rate: ProgressTotals | undefined;
  const skipped: SkippedInput[] = [];
  const otherLanguages: Record<string, number> = {};
  let interrupted = false;
  let completed = false; // false in finally: an error stopped the batch, so the run is interrupted, not done
  // A stored document is extracted again only when asked to and its extractor version changed.
  const skip = async (doc: { id: string }) => {
    const stored = await store.storedVersion(doc.id);
    return stored !== undefined && (!flags.reprocess || stored === version);
  };
  const writes = new WriteBuffer(store, counts, runId, (file, reason) => {
    progress.warn(`communique: ${file}: ${reason}`);
  }, flags.commitEvery);
  // documents stored by this run: a repeated input is unchanged, as it is once its first copy is committed
  const written = new Set<string>();
  try {
    for await (const item of runBatch(inputs, { ...readOptions(flags), ...poolOptions(flags, inputs), registry, skip, onSkip: (s) => skipped.push(s) })) {
      if (flags.signal) {
        // let a pending signal be delivered between documents, then stop if it was
        await new Promise((resolve) => setImmediate(resolve));
        if (flags.signal.aborted) {
          interrupted = true;
          break;
        }
      }
      if (!item.ok) {
        counts.failures++;
        await writes.failure(item.file, item.reason);
        progress.warn(`communique: ${item.file}: ${item.reason}`);
        progress.tick(false, item.file);
        continue;
      }
      counts.documents_read++;
      if (!item.skipped && registry.extractors.some((ex) => skipsLanguage(ex, item.doc))) {
        const lang = item.doc.meta.language?.value ?? '?';
        otherLanguages[lang] = (otherLanguages[lang] ?? 0) + 1;
      }
      if (item.skipped || written.has(item.doc.id)) {
        await writes.touch(item.doc);
        counts.documents_unchanged++;
      } else {
        written.add(item.doc.id);
        await writes.store(item.doc, item.extractions, version);
      }
      progress.tick(true, item.doc.file ?? item.doc.id, Buffer.byteLength(item.doc.text));
    }
    await writes.flush();
    completed = true;
  } finally {
    writes.abandon();
    rate = progress.end();
    await store.finishRun(runId, counts, interrupted || !completed ? 'interrupted' : 'done');
  }
  return { ...counts, runId, location: store.location, skipped, interrupted, rate, otherLanguages };
}

export function formatIngestSummary(s: IngestSummary, verbose = false): string {
  const lines = [
    `ingested into ${s.location} (run ${s.runId}): ${s.documents_read} documents read, ${s.documents_new} new, ` +
      `${s.documents_reprocessed} reprocessed, ${s.documents_unchanged} unchanged, ${s.failures} failed` +
      (s.rate ? ` in ${s.rate.seconds.toFixed(1)} s, ${(s.rate.bytes / 1e6).toFixed(2)} MB, ${(s.rate.bytes / 1e6 / Math.max(1e-3, s.rate.seconds)).toFixed(2)} MB/s` : ''),
  ];
  const langs = Object.entries(s.otherLanguages ?? {});
  if (langs.length) {
    const n = langs.reduce((a, [, k]) => a + k, 0);
    lines.push(`${n} document${n === 1 ? '' : 's'} in other languages (${langs.map(([l, k]) => `${l} ${k}`).join(', ')}): stored, English-only extractors skipped`);
  }
  if (s.skipped.length) lines.push(`${describeSkipped(s.skipped)}${verbose ? ':' : ' (--verbose lists them)'}`);
  if (verbose) for (const k of s.skipped) lines.push(`  skipped ${k.path}: ${k.reason}${k.detail ? ` ${k.detail}` : ''}`);
  if (s.interrupted) lines.push('interrupted: stopped after the current document; run the same command again to resume (stored documents are skipped)');
  return lines.join('\n');
}

/** "N documents, N dates, N casualties, …" from a store's totals. */
export function formatTotals(totals: Record<string, number>): string {
  return Object.entries(totals).map(([k, n]) => `${n} ${k}`).join(', ');
}
