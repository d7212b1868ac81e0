// What the main thread and a worker exchange. A task is a batch of raw documents plus a shared
// progress cell: before starting document i the worker stores i + 1 in it (Atomics), so the main
// thread knows which document a worker was on when it died or overran its time budget.
//
// Any worker module speaking this protocol can back the pool (test/pool/ has a toy one that crashes
// and hangs on request); src/pool/worker.ts is the real one.
import type { RawDocument } from '../document/raw.js';
import type { DocResult } from './process.js';

export interface ExtractTask {
  docs: RawDocument[];
  /** Int32Array(1) over this buffer: 1-based index of the document in progress, 0 before the first. */
  progress: SharedArrayBuffer;
}

/**
 * One result per document of the task, in order, as JSON text. A string crosses to the main thread as
 * one flat copy, where a structured clone of the same object graph (thousands of small items per batch)
 * costs the main thread — the single writer, the pipeline's bottleneck — about 6× a JSON.parse.
 */
export type ExtractTaskResult = string;

export const encodeResults = (results: DocResult[]): ExtractTaskResult => JSON.stringify(results);
export const decodeResults = (raw: ExtractTaskResult): unknown => JSON.parse(raw);

export interface WorkerData {
  /** The registry version the main thread expects; a worker with other extractors refuses to start. */
  registryVersion: string;
}
