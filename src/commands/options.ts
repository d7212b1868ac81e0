// Options shared by several commands, parsed and validated in one place.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_MAX_BYTES, listInputs, type InputFormat, type ReadOptions } from '../document/read.js';

export { DEFAULT_DB } from '../store/open.js';

export interface InputFlags {
  inputFormat: InputFormat;
  published?: string;
  maxBytes: number;
}

export function parsePublished(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError('expected an ISO date such as 2016-09-19 or 2016-09-19T18:07Z');
  }
  return value;
}

export function parseInputFormat(value: string): InputFormat {
  if (!['auto', 'text', 'html', 'jsonl'].includes(value)) throw new InvalidArgumentError('expected auto, text, html or jsonl');
  return value as InputFormat;
}

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500k, 20m or 1g');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * unit);
}

export function readOptions(flags: InputFlags): ReadOptions {
  const opts: ReadOptions = { format: flags.inputFormat, maxBytes: flags.maxBytes };
  if (flags.published) opts.published = flags.published;
  return opts;
}

export { DEFAULT_MAX_BYTES };

export interface PoolFlags {
  /** Worker threads for extraction; 0 extracts in-process; absent: defaultWorkers(inputs). */
  workers?: number;
  /** Per-document time budget on a worker, in seconds. */
  docTimeout?: number;
}

/** Inputs smaller than this are extracted in the main thread unless --workers is given: starting a
 * worker (loading the extractors' lexicons) costs more than it saves on them. */
export const SMALL_INPUT_BYTES = 1024 * 1024;

/** Default --workers: one per core, or none (in-process) for small inputs of known size. */
export function defaultWorkers(inputs: readonly string[] = []): number {
  let bytes = 0;
  for (const entry of listInputs(inputs)) {
    if ('error' in entry) continue;
    if (entry.path === '-') return Math.max(1, availableParallelism());
    try {
      bytes += statSync(entry.path).size;
    } catch {
      // reported by the reader
    }
    if (bytes >= SMALL_INPUT_BYTES) return Math.max(1, availableParallelism());
  }
  return 0;
}

export function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of worker threads (0 = extract in-process)');
  const n = Number(value);
  if (n > 256) throw new InvalidArgumentError('at most 256 workers');
  return n;
}

/** --commit-every: documents per transaction, 1 or more. */
export function parseCommitEvery(value: string): number {
  if (!/^\d{1,7}$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of documents, 1 or more');
  return Number(value);
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
}

/** Pool options for the batch runner; workers default as defaultWorkers(inputs) says. */
export function poolOptions(flags: PoolFlags, inputs: readonly string[] = []): { workers?: number; docTimeoutMs?: number } {
  const out: { workers?: number; docTimeoutMs?: number } = {};
  out.workers = flags.workers ?? defaultWorkers(inputs);
  if (flags.docTimeout !== undefined) out.docTimeoutMs = flags.docTimeout * 1000;
  return out;
}
