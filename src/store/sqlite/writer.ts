// The single writer: each document and all its extractions are committed in one transaction (or
// several documents in one batch transaction, SqliteStore.storeBatch), so a crash or kill leaves
// either the whole document or nothing, and a re-run resumes where it stopped.
// Insert statements are built from the descriptors' storage specs.
import type { DB } from './connection.js';
import type { Statement } from 'better-sqlite3';
import type { Document } from '../../types.js';
import type { AnyExtractor } from '../../extractor.js';
import type { Extractions } from '../../pipeline.js';
import type { Registry } from '../../registry.js';
import type { StoreOutcome } from '../store.js';
import { MENTION_COLUMNS, quoteIdentifier as q } from './extractor-tables.js';
import { Derived } from './derived.js';

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

interface ExtractorStatements {
  ex: AnyExtractor;
  insert: Statement;
}

export class Writer {
  private readonly stmts;
  private readonly extractors: ExtractorStatements[];
  private readonly derived: Derived;

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
      if (prior) this.stmts.deleteDoc.run(doc.id); // cascades to every extraction table and the links
      this.insertDocument(doc, extractorVersion, prior ? prior.first_run_id : runId, runId);
      this.insertExtractions(doc.id, ex);
      this.recordAppearance(doc, runId);
      return prior ? 'reprocessed' : 'new';
    };
    return this.db.inTransaction ? write() : this.db.transaction(write)();
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
