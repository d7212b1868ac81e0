// `communique ingest`: inputs → documents and extractions in the database, one transaction each.
import { runBatch } from '../batch.js';
import { openWriter } from '../db/connection.js';
import { Writer } from '../db/writer.js';
import { finishRun, recordFailure, startRun, type RunCounts } from '../db/runs.js';
import { extractorVersion } from '../pipeline.js';
import { Progress } from '../progress.js';
import { toolVersion } from '../version.js';
import { readOptions, type InputFlags } from './options.js';

export interface IngestFlags extends InputFlags {
  db: string;
  reprocess: boolean;
  quiet?: boolean;
}

export interface IngestSummary extends RunCounts {
  runId: number;
  db: string;
}

export async function ingest(inputs: string[], flags: IngestFlags): Promise<IngestSummary> {
  const db = openWriter(flags.db);
  const version = extractorVersion();
  const writer = new Writer(db);
  const runId = startRun(db, toolVersion, version, inputs);
  const counts: RunCounts = { documents_read: 0, documents_new: 0, documents_unchanged: 0, documents_reprocessed: 0, failures: 0 };
  const progress = new Progress('ingest');
  // A stored document is extracted again only when asked to and its extractor version changed.
  const skip = (doc: { id: string }) => {
    const stored = writer.storedVersion(doc.id);
    return stored !== undefined && (!flags.reprocess || stored === version);
  };
  try {
    for await (const item of runBatch(inputs, { ...readOptions(flags), skip })) {
      if (!item.ok) {
        counts.failures++;
        recordFailure(db, runId, item.file, item.reason);
        progress.warn(`communique: ${item.file}: ${item.reason}`);
        progress.tick(false, item.file);
        continue;
      }
      counts.documents_read++;
      if (item.skipped) {
        writer.touch(item.doc.id, runId);
        counts.documents_unchanged++;
      } else {
        const outcome = writer.store(item.doc, item.extractions, version, runId);
        if (outcome === 'new') counts.documents_new++;
        else counts.documents_reprocessed++;
      }
      progress.tick(true, item.doc.file ?? item.doc.id);
    }
  } finally {
    progress.end();
    finishRun(db, runId, counts);
    db.close();
  }
  return { ...counts, runId, db: flags.db };
}

export function formatIngestSummary(s: IngestSummary): string {
  return (
    `ingested into ${s.db} (run ${s.runId}): ${s.documents_read} documents read, ${s.documents_new} new, ` +
    `${s.documents_reprocessed} reprocessed, ${s.documents_unchanged} unchanged, ${s.failures} failed`
  );
}
