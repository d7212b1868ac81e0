// The extraction pool: worker threads (piscina) that turn batches of raw documents into documents and
// extractions. A worker that dies, or spends longer than the per-document budget on one document,
// fails only that document (with the reason); piscina replaces the thread and the rest of the batch
// is run again on a fresh one. Results come back one per document, in order; run() never rejects.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RawDocument } from '../document/raw.js';
import type { DocResult } from './process.js';
import { decodeResults, type ExtractTask, type ExtractTaskResult, type WorkerData } from './protocol.js';

export const DEFAULT_DOC_TIMEOUT_MS = 60_000;

export interface PoolOptions {
  workers: number;
  /** Longest a worker may spend on one document before it is stopped and the document failed. */
  docTimeoutMs?: number;
  /** Worker module (default: the compiled src/pool/worker.js next to this file). */
  filename?: string;
  workerData?: WorkerData;
}

/** The compiled worker module, or undefined when running from TypeScript sources (tests). */
export function defaultWorkerFile(): string | undefined {
  const url = new URL('./worker.js', import.meta.url);
  if (url.protocol !== 'file:') return undefined;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : undefined;
}

interface Watch {
  progress: Int32Array;
  seen: number;
  since: number;
  abort: AbortController;
  timedOut: boolean;
}

export class ExtractPool {
  private readonly piscina: Piscina<ExtractTask, ExtractTaskResult>;
  private readonly docTimeoutMs: number;
  private readonly watches = new Set<Watch>();
  private timer: NodeJS.Timeout | undefined;
  /** Documents failed because their worker died or overran the budget. */
  workerFailures = 0;
  /** Set when a worker failed with no task (its module cannot load): every batch fails with it. */
  private startError: Error | undefined;

  constructor(opts: PoolOptions) {
    const filename = opts.filename ?? defaultWorkerFile();
    if (!filename) throw new Error('no compiled worker module (run npm run build)');
    this.docTimeoutMs = opts.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS;
    const workers = Math.max(1, Math.floor(opts.workers));
    this.piscina = new Piscina<ExtractTask, ExtractTaskResult>({
      filename,
      minThreads: workers,
      maxThreads: workers,
      idleTimeout: 60_000,
      workerData: opts.workerData,
      // the pool's queue is bounded by the caller (batch.ts keeps a few batches in flight)
      maxQueue: Infinity,
      // (tasks carry an AbortSignal for the time budget, and piscina never gives such a task a worker
      // that is busy: concurrentTasksPerWorker would change nothing)
    });
    // piscina reports a replacement worker that dies before taking a task as an 'error' event
    this.piscina.on('error', (err: Error) => {
      this.startError ??= err;
      for (const w of this.watches) w.abort.abort();
    });
  }

  /** (A method, so that a check made before an await is not taken to hold after it.) */
  private cannotStart(): Error | undefined {
    return this.startError;
  }

  get workers(): number {
    return this.piscina.maxThreads;
  }

  /** Extracts a batch; one result per document, in order. */
  async run(docs: readonly RawDocument[]): Promise<DocResult[]> {
    if (this.startError) return docs.map(() => ({ ok: false, reason: `worker cannot start: ${this.startError?.message}` }));
    const results: DocResult[] = new Array(docs.length);
    let pending = docs.map((_, i) => i);
    while (pending.length > 0) {
      const watch: Watch = { progress: new Int32Array(new SharedArrayBuffer(4)), seen: 0, since: 0, abort: new AbortController(), timedOut: false };
      this.watches.add(watch);
      this.arm();
      try {
        const raw = await this.piscina.run({ docs: pending.map((i) => docs[i] as RawDocument), progress: watch.progress.buffer as SharedArrayBuffer }, { signal: watch.abort.signal });
        const out = typeof raw === 'string' ? decodeResults(raw) : undefined;
        if (!Array.isArray(out) || out.length !== pending.length) throw new Error('worker returned a malformed result');
        pending.forEach((i, j) => (results[i] = out[j] as DocResult));
        pending = [];
      } catch (err) {
        const reason = watch.timedOut
          ? `exceeded the time budget of ${this.docTimeoutMs / 1000} s per document (worker stopped and replaced)`
          : this.cannotStart()
            ? `worker cannot start: ${this.cannotStart()?.message}`
            : `worker died: ${(err as Error)?.message ?? String(err)}`;
        // the document the worker was on fails; the others go again on a fresh worker
        const at = Atomics.load(watch.progress, 0) - 1;
        const culprits = at >= 0 && at < pending.length ? [pending[at] as number] : pending;
        for (const i of culprits) results[i] = { ok: false, reason };
        this.workerFailures += culprits.length;
        pending = pending.filter((i) => !culprits.includes(i));
      } finally {
        this.watches.delete(watch);
        this.disarmIfIdle();
      }
    }
    return results;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.piscina.destroy();
  }

  /** The watchdog: a task whose current document has not changed for the budget is aborted. */
  private arm(): void {
    if (this.timer || !Number.isFinite(this.docTimeoutMs)) return;
    const every = Math.min(500, Math.max(10, this.docTimeoutMs / 10));
    this.timer = setInterval(() => {
      const now = Date.now();
      for (const w of this.watches) {
        const at = Atomics.load(w.progress, 0);
        if (at === 0) continue; // still queued
        if (at !== w.seen) {
          w.seen = at;
          w.since = now;
        } else if (!w.timedOut && now - w.since > this.docTimeoutMs) {
          w.timedOut = true;
          w.abort.abort();
        }
      }
    }, every);
    this.timer.unref();
  }

  private disarmIfIdle(): void {
    if (this.watches.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
