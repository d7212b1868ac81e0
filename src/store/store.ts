// The store interface: everything the commands, the query layer and the web view ask of a database.
// Async so that a networked backend (PostgreSQL, next round) implements the same interface; the
// SQLite implementation (src/store/sqlite/) answers synchronously inside resolved promises.
import type { Document } from '../types.js';
import type { Extractions } from '../pipeline.js';

export type StoreOutcome = 'new' | 'unchanged' | 'reprocessed';

export type RunStatus = 'running' | 'done' | 'interrupted';

export interface RunCounts {
  documents_read: number;
  documents_new: number;
  documents_unchanged: number;
  documents_reprocessed: number;
  failures: number;
}

export interface RunInfo {
  toolVersion: string;
  extractorVersion: string;
  inputs: readonly string[];
}

export interface StoredDocument {
  doc: Document;
  extractions: Extractions;
  extractorVersion: string;
}

/** One write of a batch; a batch is committed as a whole (so each document stays atomic). */
export type StoreOp =
  | { op: 'store'; doc: Document; extractions: Extractions; extractorVersion: string; runId: number | null }
  | { op: 'touch'; docId: string; runId: number }
  | { op: 'failure'; runId: number; file: string; reason: string };

/** Row counts: `documents` plus one entry per extractor name. */
export type StoreTotals = Record<string, number>;

export interface Store {
  /** Where the data lives, for messages (a file path, a URL without its password). */
  readonly location: string;
  readonly readOnly: boolean;

  startRun(info: RunInfo): Promise<number>;
  recordFailure(runId: number, file: string, reason: string): Promise<void>;
  finishRun(runId: number, counts: RunCounts, status?: RunStatus): Promise<void>;

  /** Extractor version of a stored document, or undefined when it is not stored. */
  storedVersion(docId: string): Promise<string | undefined>;
  /** Marks an already stored, unchanged document as seen by this run. */
  touch(docId: string, runId: number): Promise<void>;
  /** Stores (or replaces) one document with all its extractions, atomically. */
  storeDocument(doc: Document, extractions: Extractions, extractorVersion: string, runId: number | null): Promise<StoreOutcome>;
  /**
   * Applies several writes in one transaction (all or none), in order; returns the outcome of each
   * `store` op (undefined for the others). Ingest batches documents through this.
   */
  storeBatch(ops: readonly StoreOp[]): Promise<Array<StoreOutcome | undefined>>;

  /** Ids of the documents a reference names: id, unique id prefix, external id or file path. */
  findDocuments(ref: string): Promise<string[]>;
  loadDocument(id: string): Promise<StoredDocument | undefined>;
  totals(): Promise<StoreTotals>;

  close(): Promise<void>;
}

export interface OpenOptions {
  /** `write` migrates and may create the database; `read` never changes it. */
  mode: 'read' | 'write';
}

export class StoreError extends Error {}
