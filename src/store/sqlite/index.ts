// The SQLite implementation of the store interface (better-sqlite3, synchronous under the promises).
// One file per database; `write` mode migrates the core schema and the descriptors' tables.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Document } from '../../types.js';
import type { Extractions } from '../../pipeline.js';
import type { Registry } from '../../registry.js';
import { StoreError, type OpenOptions, type RunCounts, type RunInfo, type RunStatus, type Store, type StoreOp, type StoreOutcome } from '../store.js';
import { openReader, openWriter, type DB } from './connection.js';
import { ensureExtractorTables } from './extractor-tables.js';
import { Writer } from './writer.js';
import { ensureDerived } from './derived.js';
import { findDocumentId, loadDocument, totals } from './reader.js';
import { finishRun, recordFailure, startRun } from './runs.js';
import { WriterLock } from './lock.js';
import { QueryContext } from './queries/common.js';
import { queryClaims } from './queries/claims.js';
import { queryCasualties, queryConflicts } from './queries/casualties.js';
import { queryGroups, querySpeakers } from './queries/entities.js';
import { exportIds, queryDocuments } from './queries/documents.js';
import type { CasualtyFilter, ClaimFilter, ConflictFilter, DocumentFilter, GroupFilter, SpeakerFilter } from '../../query/types.js';

export const DEFAULT_DB = 'data/communique.db';

export class SqliteStore implements Store {
  readonly readOnly: boolean;
  private writerInstance: Writer | undefined;
  private lock: WriterLock | undefined;
  private readonly queries: QueryContext;

  private constructor(
    readonly location: string,
    readonly db: DB,
    private readonly registry: Registry,
    mode: OpenOptions['mode'],
    aliases: OpenOptions['aliases'],
  ) {
    this.readOnly = mode === 'read';
    this.queries = new QueryContext(db, registry, aliases);
  }

  static open(path: string, registry: Registry, opts: OpenOptions): SqliteStore {
    if (opts.mode === 'read') {
      if (path !== ':memory:' && !existsSync(path)) throw new StoreError(`no database at ${path} (run communique ingest first)`);
      return new SqliteStore(path, openReader(path), registry, 'read', opts.aliases);
    }
    // one writer at a time: a second ingest into the same file is refused before it touches the database
    const lock = path === ':memory:' ? undefined : (mkdirSync(dirname(path), { recursive: true }), WriterLock.acquire(path, opts.waitMs));
    try {
      const db = openWriter(path);
      ensureExtractorTables(db, registry);
      ensureDerived(db, registry);
      const store = new SqliteStore(path, db, registry, 'write', opts.aliases);
      store.lock = lock;
      return store;
    } catch (err) {
      lock?.release();
      throw err;
    }
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

  async touch(doc: Document, runId: number): Promise<void> {
    this.writer.touch(doc, runId);
  }

  async storeDocument(doc: Document, extractions: Extractions, extractorVersion: string, runId: number | null): Promise<StoreOutcome> {
    return this.writer.store(doc, extractions, extractorVersion, runId);
  }

  async storeBatch(ops: readonly StoreOp[]): Promise<Array<StoreOutcome | undefined>> {
    const writer = this.writer;
    return writer.batch(() =>
      ops.map((o) => {
        if (o.op === 'store') return writer.store(o.doc, o.extractions, o.extractorVersion, o.runId);
        if (o.op === 'touch') writer.touch(o.doc, o.runId);
        else recordFailure(this.db, o.runId, o.file, o.reason);
        return undefined;
      }),
    );
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

  async claims(filter: ClaimFilter) {
    return queryClaims(this.queries, filter);
  }

  async casualties(filter: CasualtyFilter) {
    return queryCasualties(this.queries, filter);
  }

  async conflicts(filter: ConflictFilter) {
    return queryConflicts(this.queries, filter);
  }

  async groups(filter: GroupFilter) {
    return queryGroups(this.queries, filter);
  }

  async speakers(filter: SpeakerFilter) {
    return querySpeakers(this.queries, filter);
  }

  async documents(filter: DocumentFilter) {
    return queryDocuments(this.queries, filter);
  }

  async *exportDocuments(ids?: readonly string[]) {
    for (const id of exportIds(this.queries, ids)) {
      const stored = loadDocument(this.db, this.registry, id);
      if (stored) yield stored;
    }
  }

  async close(): Promise<void> {
    try {
      this.db.close();
    } finally {
      this.lock?.release();
    }
  }
}
