// Read-only queries. Documents come back in the same shapes the pipeline produced them in, so
// `show --format json` prints exactly what `extract` printed when the document was ingested.
import type { DB } from './connection.js';
import type { Document, DocumentMeta, Paragraph, Sentence } from '../../types.js';
import type { Mention } from '../../types.js';
import type { Registry } from '../../registry.js';
import type { StoredDocument, StoreTotals } from '../store.js';
import { quoteIdentifier as q, tableExists } from './extractor-tables.js';

interface DocumentRow {
  id: string;
  external_id: string | null;
  file: string | null;
  format: Document['format'];
  text: string;
  meta_json: string;
  extractor_version: string;
}

const EXTRACTABLE = new Set(['title', 'subtitle', 'heading', 'body']);

/**
 * The documents a reference names, most specific first: the exact id; else every document with that
 * external id or file (in any appearance); else the ids it is a prefix of. So a JSONL id "d1" names its
 * document even when content ids start with "d1…".
 */
export function findDocumentId(db: DB, ref: string): string[] {
  const ids = (sql: string, ...args: string[]) => (db.prepare(sql).all(...args) as Array<{ id: string }>).map((r) => r.id);
  if (ids('SELECT id FROM documents WHERE id = ?', ref).length) return [ref];
  const named = ids(
    `SELECT id FROM documents WHERE external_id = ? OR file = ?
     UNION SELECT document_id FROM appearances WHERE external_id = ? OR file = ? ORDER BY id`,
    ref, ref, ref, ref,
  );
  return named.length ? named : ids('SELECT id FROM documents WHERE id LIKE ? ORDER BY id', `${ref.replace(/[%_]/g, '')}%`);
}

export function loadDocument(db: DB, registry: Registry, id: string): StoredDocument | undefined {
  const row = db.prepare('SELECT id, external_id, file, format, text, meta_json, extractor_version FROM documents WHERE id = ?').get(id) as
    | DocumentRow
    | undefined;
  if (!row) return undefined;
  const paragraphs = db.prepare('SELECT start, "end", kind, rule FROM paragraphs WHERE document_id = ? ORDER BY idx').all(id) as Paragraph[];
  const sentences = db.prepare('SELECT start, "end", paragraph FROM sentences WHERE document_id = ? ORDER BY idx').all(id) as Sentence[];
  const doc: Document = {
    id: row.id,
    text: row.text,
    format: row.format,
    meta: JSON.parse(row.meta_json) as DocumentMeta,
    paragraphs,
    sentences,
    excluded: paragraphs.filter((p) => !EXTRACTABLE.has(p.kind)).map((p) => ({ start: p.start, end: p.end })),
  };
  if (row.external_id !== null) doc.externalId = row.external_id;
  if (row.file !== null) doc.file = row.file;
  const extractions: Record<string, Mention[]> = {};
  for (const ex of registry.extractors) {
    // a table this database never had (an extractor added after it was written, read-only) holds nothing
    if (!tableExists(db, ex.storage.table)) {
      extractions[ex.name] = [];
      continue;
    }
    const rows = db.prepare(`SELECT item_json FROM ${q(ex.storage.table)} WHERE document_id = ? ORDER BY idx`).all(id) as Array<{ item_json: string }>;
    extractions[ex.name] = rows.map((r) => JSON.parse(r.item_json) as Mention);
  }
  return { doc, extractorVersion: row.extractor_version, extractions };
}

export function totals(db: DB, registry: Registry): StoreTotals {
  const count = (table: string) => (tableExists(db, table) ? (db.prepare(`SELECT count(*) AS n FROM ${q(table)}`).get() as { n: number }).n : 0);
  const out: StoreTotals = { documents: count('documents') };
  for (const ex of registry.extractors) out[ex.name] = count(ex.storage.table);
  return out;
}
