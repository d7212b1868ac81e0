// The SQLite implementation of the store interface (better-sqlite3, synchronous under the promises).
// One file per database; `write` mode migrates the core schema and the descriptors' tables.
import { existsSync } from 'node:fs';
import type { Document } from '../../types.js';
import type { Extractions } from '../../pipeline.js';
import type { Registry } from '../../registry.js';
import { StoreError, type OpenOptions, type RunCounts, type RunInfo, type RunStatus, type Store, type StoreOp, type StoreOutcome } from '../store.js';
import { openReader, openWriter, type DB } from './connection.js';
import { ensureExtractorTables } from './extractor-tables.js';
import { Writer } from './writer.js';
import { findDocumentId, loadDocument, totals } from './reader.js';
import { finishRun, recordFailure, startRun } from './runs.js';

export const DEFAULT_DB = 'data/communique.db';

export class SqliteStore implements Store {
  readonly readOnly: boolean;
  private writerInstance: Writer | undefined;

  private constructor(
    readonly location: string,
    readonly db: DB,
    private readonly registry: Registry,
    mode: OpenOptions['mode'],
  ) {
    this.readOnly = mode === 'read';
  }

  static open(path: string, registry: Registry, opts: OpenOptions): SqliteStore {
    if (opts.mode === 'read') {
      if (path !== ':memory:' && !existsSync(path)) throw new StoreError(`no database at ${path} (run communique ingest first)`);
      return new SqliteStore(path, openReader(path), registry, 'read');
    }
    const db = openWriter(path);
    ensureExtractorTables(db, registry);
    return new SqliteStore(path, db, registry, 'write');
  }

  private get writer(): Writer {
    if (this.readOnly) throw new StoreError(`${this.location} is open read-only`);
    this.writerInstance ??= new Writer(this.db, this.registry);
    return this.writerInstance;
  }

  async startRun(info: RunInfo): Promise<number> {
    return startRun(this.db, info.toolVersion, info.extractorVersion, info.inputs);
  }

  async recordFailure(runId: number, file: string, reason: string): Promise<void> {
    recordFailure(this.db, runId, file, reason);
  }

  async finishRun(runId: number, counts: RunCounts, status: RunStatus = 'done'): Promise<void> {
    finishRun(this.db, runId, counts, status);
  }

  async storedVersion(docId: string): Promise<string | undefined> {
    return this.writer.storedVersion(docId);
  }

  async touch(docId: string, runId: number): Promise<void> {
    this.writer.touch(docId, runId);
  }

  async storeDocument(doc: Document, extractions: Extractions, extractorVersion: string, runId: number | null): Promise<StoreOutcome> {
    return this.writer.store(doc, extractions, extractorVersion, runId);
  }

  async storeBatch(ops: readonly StoreOp[]): Promise<Array<StoreOutcome | undefined>> {
    const writer = this.writer;
    return this.db.transaction(() =>
      ops.map((o) => {
        if (o.op === 'store') return writer.store(o.doc, o.extractions, o.extractorVersion, o.runId);
        if (o.op === 'touch') writer.touch(o.docId, o.runId);
        else recordFailure(this.db, o.runId, o.file, o.reason);
        return undefined;
      }),
    )();
  }

  async findDocuments(ref: string) {
    return findDocumentId(this.db, ref);
  }

  async loadDocument(id: string) {
    return loadDocument(this.db, this.registry, id);
  }

  async totals() {
    return totals(this.db, this.registry);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
