// The single writer: each document and all its extractions are committed in one transaction (or
// several documents in one batch transaction, SqliteStore.storeBatch), so a crash or kill leaves
// either the whole document or nothing, and a re-run resumes where it stopped.
// Insert statements are built from the descriptors' storage specs.
// The full-text indexes (documents_fts, the descriptors' FTS tables) are kept by the writer, not by
// triggers (migration 9): the rows a batch adds are indexed with one INSERT … SELECT per index just
// before its COMMIT, and the index entries of the rows it deletes (reprocessing) are removed there too,
// in one statement per index, from the values read before the delete. FTS5 writes its pending terms to
// disk at every statement savepoint once it takes part in a transaction, so per-row triggers wrote a
// tiny segment per statement (and merged them later): over half of the writer's CPU.
import type { DB } from './connection.js';
import type { Statement } from 'better-sqlite3';
import type { Document } from '../../types.js';
import type { AnyExtractor } from '../../extractor.js';
import type { Extractions } from '../../pipeline.js';
import type { Registry } from '../../registry.js';
import type { StoreOutcome } from '../store.js';
import { MENTION_COLUMNS, quoteIdentifier as q, tableExists } from './extractor-tables.js';
import { Derived } from './derived.js';

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

interface ExtractorStatements {
  ex: AnyExtractor;
  insert: Statement;
}

/** A full-text index the writer keeps: its content table's highest rowid, a document's indexed values, and the writes. */
interface FtsTarget {
  maxRowid: Statement;
  /** [rowid, …indexed columns] of a document's rows up to a rowid (those in the index). */
  rowsOf: Statement;
  /** Indexes the content rows above a rowid. */
  index: Statement;
  /** Removes index entries: a JSON array of [rowid, …indexed columns]. */
  remove: Statement;
}

/** What the open transaction still owes the full-text indexes, per target. */
interface FtsPending {
  /** Content rows above this rowid are not indexed yet. */
  marks: number[];
  /** Index entries of deleted rows, to remove: [rowid, …indexed columns]. */
  removed: unknown[][][];
}

export class Writer {
  private readonly stmts;
  private readonly extractors: ExtractorStatements[];
  private readonly derived: Derived;
  private readonly fts: FtsTarget[];
  /** Index writes the open transaction owes (undefined: none). */
  private pending: FtsPending | undefined;
  /** Inside batch(): pending rows are indexed at its end, not after each document. */
  private inBatch = false;

  constructor(
    private readonly db: DB,
    registry: Registry,
  ) {
    this.stmts = {
      existing: db.prepare('SELECT extractor_version, first_run_id FROM documents WHERE id = ?'),
      deleteDoc: db.prepare('DELETE FROM documents WHERE id = ?'),
      touch: db.prepare('UPDATE documents SET last_run_id = ? WHERE id = ?'),
      doc: db.prepare(`INSERT INTO documents (id, external_id, file, format, text, title, source_kind, agency, dateline_place,
        published, published_origin, updated, url, meta_json, extractor_version, first_run_id, last_run_id)
        VALUES (@id, @external_id, @file, @format, @text, @title, @source_kind, @agency, @dateline_place,
        @published, @published_origin, @updated, @url, @meta_json, @extractor_version, @first_run_id, @last_run_id)`),
      paragraph: db.prepare('INSERT INTO paragraphs (document_id, idx, start, "end", kind, rule) VALUES (?, ?, ?, ?, ?, ?)'),
      sentence: db.prepare('INSERT INTO sentences (document_id, idx, paragraph, start, "end") VALUES (?, ?, ?, ?, ?)'),
      // one row per distinct occurrence; seen again, only its last run moves
      appearance: db.prepare(`INSERT INTO appearances (document_id, external_id, file, url, title, published, run_id, last_run_id)
        VALUES (@document_id, @external_id, @file, @url, @title, @published, @run_id, @run_id)
        ON CONFLICT (document_id, ifnull(external_id, ''), ifnull(file, ''), ifnull(url, ''), ifnull(title, ''), ifnull(published, ''))
        DO UPDATE SET last_run_id = excluded.last_run_id`),
      link: db.prepare('INSERT OR IGNORE INTO links (document_id, from_kind, from_idx, field, to_kind, to_idx) VALUES (?, ?, ?, ?, ?, ?)'),
    };
    this.derived = new Derived(db, registry);
    this.extractors = registry.extractors.map((ex) => {
      const cols = [...MENTION_COLUMNS, ...ex.storage.columns.map((c) => c.name)];
      return { ex, insert: db.prepare(`INSERT INTO ${q(ex.storage.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`) };
    });
    const target = (table: string, rowid: string, key: string, cols: readonly string[]): FtsTarget => {
      const fts = q(`${table}_fts`);
      const c = cols.map(q).join(', ');
      const values = cols.map((_, i) => `value ->> ${i + 1}`).join(', ');
      return {
        maxRowid: db.prepare(`SELECT coalesce(max(${rowid}), 0) FROM ${q(table)}`).pluck(),
        rowsOf: db.prepare(`SELECT ${rowid}, ${c} FROM ${q(table)} WHERE ${key} = ? AND ${rowid} <= ?`).raw(),
        index: db.prepare(`INSERT INTO ${fts}(rowid, ${c}) SELECT ${rowid}, ${c} FROM ${q(table)} WHERE ${rowid} > ?`),
        remove: db.prepare(`INSERT INTO ${fts}(${fts}, rowid, ${c}) SELECT 'delete', value ->> 0, ${values} FROM json_each(?)`),
      };
    };
    this.fts = [
      target('documents', 'rowid', 'id', ['title', 'text']),
      ...registry.extractors
        .filter((ex) => ex.storage.fts?.length && tableExists(db, `${ex.storage.table}_fts`))
        .map((ex) => target(ex.storage.table, 'id', 'document_id', ex.storage.fts!)),
    ];
  }

  /** Runs fn in one transaction and indexes the rows it added before committing. */
  batch<T>(fn: () => T): T {
    return this.db.transaction(() => {
      this.inBatch = true;
      try {
        const out = fn();
        this.derived.flush();
        this.indexPending();
        return out;
      } finally {
        this.inBatch = false;
        this.pending = undefined; // indexed, or rolled back with the transaction
        this.derived.endTransaction();
      }
    })();
  }

  /** Removes the deleted rows' index entries and indexes the rows added, in one statement each per index. */
  private indexPending(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.fts.forEach((f, i) => {
      if (p.removed[i]!.length) f.remove.run(JSON.stringify(p.removed[i]));
      f.index.run(p.marks[i]);
    });
  }

  /** Deletes a stored document (cascading to its extractions and links), its index entries owed to the batch's end. */
  private deleteDocument(id: string): void {
    // the stats trigger subtracts the document's share: the shares pending in memory must be in the rows first
    this.derived.flush();
    const p = (this.pending ??= { marks: this.fts.map((f) => f.maxRowid.get() as number), removed: this.fts.map(() => []) });
    // rows above the mark were added by this transaction and never indexed: nothing to remove for them
    this.fts.forEach((f, i) => p.removed[i]!.push(...(f.rowsOf.all(id, p.marks[i]) as unknown[][])));
    this.stmts.deleteDoc.run(id);
    // a row added next takes max + 1, which may be a deleted row's rowid: index from there
    this.fts.forEach((f, i) => (p.marks[i] = Math.min(p.marks[i]!, f.maxRowid.get() as number)));
  }

  /** Version of the stored extractions for a document id, or undefined when it is not stored. */
  storedVersion(id: string): string | undefined {
    const row = this.stmts.existing.get(id) as { extractor_version: string } | undefined;
    return row?.extractor_version;
  }

  /** Marks an already stored, unchanged document as seen by this run and records where it appeared. */
  touch(doc: Document, runId: number): void {
    this.db.transaction(() => {
      this.stmts.touch.run(runId, doc.id);
      this.recordAppearance(doc, runId);
    })();
  }

  /** The input occurrence of a document: external id, file, URL, title, publication date. */
  private recordAppearance(doc: Document, runId: number | null): void {
    this.stmts.appearance.run({
      document_id: doc.id,
      external_id: doc.externalId ?? null,
      file: doc.file ?? null,
      url: doc.meta.url?.value ?? null,
      title: doc.meta.title?.value ?? null,
      published: doc.meta.published?.value ?? null,
      run_id: runId,
    });
  }

  /** Stores (or replaces) one document with its extractions, atomically (inside a batch's transaction when there is one). */
  store(doc: Document, ex: Extractions, extractorVersion: string, runId: number | null): StoreOutcome {
    const write = (): StoreOutcome => {
      const prior = this.stmts.existing.get(doc.id) as { extractor_version: string; first_run_id: number | null } | undefined;
      if (prior) this.deleteDocument(doc.id);
      this.pending ??= { marks: this.fts.map((f) => f.maxRowid.get() as number), removed: this.fts.map(() => []) };
      this.insertDocument(doc, extractorVersion, prior ? prior.first_run_id : runId, runId);
      this.insertExtractions(doc, ex);
      this.recordAppearance(doc, runId);
      if (!this.inBatch) {
        this.derived.flush();
        this.indexPending();
      }
      return prior ? 'reprocessed' : 'new';
    };
    if (this.inBatch) return write();
    try {
      return this.db.inTransaction ? write() : this.db.transaction(write)();
    } finally {
      this.pending = undefined;
      this.derived.endTransaction();
    }
  }

  private insertDocument(doc: Document, extractorVersion: string, firstRun: number | null, runId: number | null): void {
    const m = doc.meta;
    this.stmts.doc.run({
      id: doc.id,
      external_id: doc.externalId ?? null,
      file: doc.file ?? null,
      format: doc.format,
      text: doc.text,
      title: m.title?.value ?? null,
      source_kind: m.source.value,
      agency: m.agency?.value ?? null,
      dateline_place: m.dateline?.place ?? null,
      published: m.published?.value ?? null,
      published_origin: m.published?.origin ?? null,
      updated: m.updated?.value ?? null,
      url: m.url?.value ?? null,
      meta_json: JSON.stringify(m),
      extractor_version: extractorVersion,
      first_run_id: firstRun,
      last_run_id: runId,
    });
    doc.paragraphs.forEach((p, i) => this.stmts.paragraph.run(doc.id, i, p.start, p.end, p.kind, p.rule));
    doc.sentences.forEach((s, i) => this.stmts.sentence.run(doc.id, i, s.paragraph, s.start, s.end));
  }

  private insertExtractions(doc: Document, extractions: Extractions): void {
    const docId = doc.id;
    for (const { ex, insert } of this.extractors) {
      const items = extractions[ex.name] ?? [];
      items.forEach((item, i) => {
        insert.run(docId, i, item.start, item.end, item.text, item.rule, json(item.inferred), JSON.stringify(item), ...ex.storage.columns.map((c) => c.value(item)));
        for (const link of ex.links ?? []) {
          const targets = (item as unknown as Record<string, unknown>)[link.field];
          if (!Array.isArray(targets)) continue;
          const count = extractions[link.to]?.length ?? 0;
          for (const t of targets) if (typeof t === 'number' && t < count) this.stmts.link.run(docId, ex.name, i, link.field, link.to, t);
        }
      });
    }
    // speakers and the query tables (derived.ts), from the document as stored
    this.derived.write(docId, extractions, { published: doc.meta.published?.value ?? null, text: doc.text, sentences: doc.sentences });
  }
}
