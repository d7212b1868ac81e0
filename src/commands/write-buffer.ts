// Ingest's writes, grouped: documents, touches and failures are committed in input order, several per
// transaction (at most MAX_DOCS documents or MAX_MS apart), which halves the cost of a write. A kill
// loses at most the open group, which a re-run redoes. A document that cannot be stored (e.g. an item
// too large to serialise) fails alone: its group is replayed one operation at a time; database errors
// (disk full, corruption) still stop the batch.
import type { Document } from '../types.js';
import type { Extractions } from '../pipeline.js';
import type { RunCounts, Store, StoreOp } from '../store/store.js';

// Every transaction writes each page it touched to the WAL: the pages of the indexes keyed by the
// (random) document id are touched by nearly every group, so the cost per document falls with the group
// size — at 10 MB of text, groups of 200 write 44 % fewer WAL pages than groups of 50 (README "Performance").
export const MAX_DOCS = 200;
// a document costs ~5-10 ms to extract, so 100 ms made groups of ~10 documents; a second lets a group
// fill up while readers still see progress every second
export const MAX_MS = 1000;

const isDatabaseError = (err: unknown) => (err as { code?: unknown }).code !== undefined;

export class WriteBuffer {
  private ops: StoreOp[] = [];
  private docs = 0;
  private openedAt = 0;
  // An open group is committed MAX_MS after it opened even when no more input comes (a stalled stdin,
  // a slow document): flushes run one at a time, in order, and a timed flush's error surfaces at the next call.
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failed: unknown;

  constructor(
    private readonly target: Store,
    private readonly counts: RunCounts,
    private readonly runId: number,
    /** Called for a document that could not be stored, with its failure line. */
    private readonly onStoreFailure: (file: string, reason: string) => void,
    /** Documents per transaction at most (ingest --commit-every). */
    private readonly maxDocs: number = MAX_DOCS,
    /** Milliseconds a group stays open at most. */
    private readonly maxMs: number = MAX_MS,
  ) {}

  async failure(file: string, reason: string): Promise<void> {
    await this.push({ op: 'failure', runId: this.runId, file, reason });
  }

  async touch(doc: Document): Promise<void> {
    await this.push({ op: 'touch', doc, runId: this.runId });
  }

  async store(doc: Document, extractions: Extractions, extractorVersion: string): Promise<void> {
    this.docs++;
    await this.push({ op: 'store', doc, extractions, extractorVersion, runId: this.runId });
  }

  private async push(op: StoreOp): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.ops.length === 0) {
      this.openedAt = Date.now();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush().catch((err: unknown) => (this.failed ??= err)), this.maxMs);
    }
    this.ops.push(op);
    if (this.docs >= this.maxDocs || Date.now() - this.openedAt >= this.maxMs) await this.flush();
  }

  /** Stops the open group's timer without committing it (the batch stopped on an error: a re-run redoes it). */
  abandon(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Commits the open group (after any flush in progress). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = this.chain.then(() => this.commitOpen());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async commitOpen(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    this.docs = 0;
    try {
      this.count(await this.target.storeBatch(ops));
    } catch (err) {
      if (isDatabaseError(err)) throw err;
      for (const op of ops) await this.replay(op);
    }
  }

  private async replay(op: StoreOp): Promise<void> {
    try {
      this.count(await this.target.storeBatch([op]));
    } catch (err) {
      if (isDatabaseError(err) || op.op !== 'store') throw err;
      const file = op.doc.externalId ? `${op.doc.file ?? '-'} (${op.doc.externalId})` : (op.doc.file ?? '-');
      const reason = `cannot store: ${(err as Error).message}`;
      this.counts.documents_read--;
      this.counts.failures++;
      await this.target.storeBatch([{ op: 'failure', runId: this.runId, file, reason }]);
      this.onStoreFailure(file, reason);
    }
  }

  private count(outcomes: ReadonlyArray<string | undefined>): void {
    for (const o of outcomes) {
      if (o === 'new') this.counts.documents_new++;
      else if (o === 'reprocessed') this.counts.documents_reprocessed++;
    }
  }
}
