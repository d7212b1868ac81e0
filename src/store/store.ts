// The store interface: everything the commands, the query layer and the web view ask of a database.
// Async so that a networked backend (PostgreSQL, next round) implements the same interface; the
// SQLite implementation (src/store/sqlite/) answers synchronously inside resolved promises.
import type { Document } from '../types.js';
import type { Extractions } from '../pipeline.js';
import type {
  AliasEntry, CasualtyFilter, CasualtyRow, ClaimFilter, ClaimRow, ConflictFilter, ConflictRow, DocumentFilter, DocumentRow,
  GroupFilter, GroupRow, Page, SpeakerFilter, SpeakerRow,
} from '../query/types.js';

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
  | { op: 'touch'; doc: Document; runId: number }
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
  /** Marks an already stored, unchanged document as seen by this run and records this appearance of it. */
  touch(doc: Document, runId: number): Promise<void>;
  /** Stores (or replaces) one document with all its extractions and this appearance of it, atomically. */
  storeDocument(doc: Document, extractions: Extractions, extractorVersion: string, runId: number | null): Promise<StoreOutcome>;
  /**
   * Applies several writes in one transaction (all or none), in order; returns the outcome of each
   * `store` op (undefined for the others). Ingest batches documents through this.
   */
  storeBatch(ops: readonly StoreOp[]): Promise<Array<StoreOutcome | undefined>>;

  /** Ids of the documents a reference names: id, unique id prefix, or the external id or file path of any appearance. */
  findDocuments(ref: string): Promise<string[]>;
  loadDocument(id: string): Promise<StoredDocument | undefined>;
  totals(): Promise<StoreTotals>;

  // Fact-checkers' queries (src/query/types.ts): read-only, user input bound as parameters.
  claims(filter: ClaimFilter): Promise<Page<ClaimRow>>;
  casualties(filter: CasualtyFilter): Promise<Page<CasualtyRow>>;
  groups(filter: GroupFilter): Promise<Page<GroupRow>>;
  speakers(filter: SpeakerFilter): Promise<Page<SpeakerRow>>;
  documents(filter: DocumentFilter): Promise<Page<DocumentRow>>;
  conflicts(filter: ConflictFilter): Promise<Page<ConflictRow>>;
  /** Stored documents with their extractions, in id order: the given ids, or every document. */
  exportDocuments(ids?: readonly string[]): AsyncIterable<StoredDocument>;

  close(): Promise<void>;
}

export interface OpenOptions {
  /** `write` migrates and may create the database; `read` never changes it. */
  mode: 'read' | 'write';
  /** `write`: how long to wait for another writer to finish before refusing (default 0: refuse at once). */
  waitMs?: number;
  /** Organisation names with their aliases (the groups gazetteer), for `--group` and `--speaker`. */
  aliases?: readonly AliasEntry[];
}

export class StoreError extends Error {}
