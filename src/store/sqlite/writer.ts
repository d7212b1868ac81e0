// The single writer: each document and all its extractions are committed in one transaction (or
// several documents in one batch transaction, SqliteStore.storeBatch), so a crash or kill leaves
// either the whole document or nothing, and a re-run resumes where it stopped.
// Insert statements are built from the descriptors' storage specs.
// The full-text indexes (documents_fts, the descriptors' FTS tables) are filled by the writer, not by
// insert triggers (migration 9): the rows a batch adds are indexed with one INSERT … SELECT per index
// just before its COMMIT. FTS5 writes its pending terms to disk at every statement savepoint once it
// takes part in a transaction, so per-row triggers flushed a tiny segment per statement (and merged
// them) — over half of the writer's CPU. Deletes still go through the FTS delete triggers; a delete
// first indexes the pending rows, so a trigger never removes a row the index does not hold yet.
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

/** A full-text index the writer fills: the highest rowid of its content table, and the rows above it indexed. */
interface FtsTarget {
  maxRowid: Statement;
  index: Statement;
}

export class Writer {
  private readonly stmts;
  private readonly extractors: ExtractorStatements[];
  private readonly derived: Derived;
  private readonly fts: FtsTarget[];
  /** Per FTS target, the highest content rowid already indexed while rows above it wait (undefined: none wait). */
  private pending: number[] | undefined;
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
    this.fts = [
      {
        maxRowid: db.prepare('SELECT coalesce(max(rowid), 0) FROM documents').pluck(),
        index: db.prepare('INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents WHERE rowid > ?'),
      },
      ...registry.extractors
        .filter((ex) => ex.storage.fts?.length && tableExists(db, `${ex.storage.table}_fts`))
        .map((ex) => {
          const t = q(ex.storage.table);
          const cols = ex.storage.fts!.map(q).join(', ');
          return {
            maxRowid: db.prepare(`SELECT coalesce(max(id), 0) FROM ${t}`).pluck(),
            index: db.prepare(`INSERT INTO ${q(`${ex.storage.table}_fts`)}(rowid, ${cols}) SELECT id, ${cols} FROM ${t} WHERE id > ?`),
          };
        }),
    ];
  }

  /** Runs fn in one transaction and indexes the rows it added before committing. */
  batch<T>(fn: () => T): T {
    return this.db.transaction(() => {
      this.inBatch = true;
      try {
        const out = fn();
        this.indexPending();
        return out;
      } finally {
        this.inBatch = false;
        this.pending = undefined; // indexed, or rolled back with the transaction
      }
    })();
  }

  /** Indexes the rows added since the marks were taken. */
  private indexPending(): void {
    const marks = this.pending;
    if (!marks) return;
    this.pending = undefined;
    this.fts.forEach((f, i) => f.index.run(marks[i]));
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
      if (prior) {
        this.indexPending(); // the delete triggers remove index entries, so the rows must be in the index
        this.stmts.deleteDoc.run(doc.id); // cascades to every extraction table and the links
      }
      // marks taken after any delete: a new row's rowid is above every row left (max + 1)
      this.pending ??= this.fts.map((f) => f.maxRowid.get() as number);
      this.insertDocument(doc, extractorVersion, prior ? prior.first_run_id : runId, runId);
      this.insertExtractions(doc.id, ex);
      this.recordAppearance(doc, runId);
      if (!this.inBatch) this.indexPending();
      return prior ? 'reprocessed' : 'new';
    };
    if (this.inBatch) return write();
    try {
      return this.db.inTransaction ? write() : this.db.transaction(write)();
    } finally {
      this.pending = undefined;
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

  private insertExtractions(docId: string, extractions: Extractions): void {
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
    this.derived.write(docId, extractions); // speakers and the query tables (derived.ts)
  }
}
