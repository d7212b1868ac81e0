// Read-only queries. Documents come back in the same shapes the pipeline produced them in, so
// `show --format json` prints exactly what `extract` printed when the document was ingested.
import type { DB } from './connection.js';
import type { Document, DocumentMeta, Extractions, Paragraph, Sentence } from '../types.js';

interface DocumentRow {
  id: string;
  external_id: string | null;
  file: string | null;
  format: Document['format'];
  text: string;
  meta_json: string;
  extractor_version: string;
}

export interface StoredDocument {
  doc: Document;
  extractions: Extractions;
  extractorVersion: string;
}

/** Finds a document by id, unique id prefix, external id or file path. */
export function findDocumentId(db: DB, ref: string): string[] {
  const rows = db
    .prepare(`SELECT id FROM documents WHERE id = ? OR external_id = ? OR file = ? UNION SELECT id FROM documents WHERE id LIKE ? ORDER BY id`)
    .all(ref, ref, ref, `${ref.replace(/[%_]/g, '')}%`) as Array<{ id: string }>;
  const exact = rows.filter((r) => r.id === ref);
  return (exact.length ? exact : rows).map((r) => r.id);
}

function items<T>(db: DB, table: string, docId: string): T[] {
  const rows = db.prepare(`SELECT item_json FROM ${table} WHERE document_id = ? ORDER BY idx`).all(docId) as Array<{ item_json: string }>;
  return rows.map((r) => JSON.parse(r.item_json) as T);
}

export function loadDocument(db: DB, id: string): StoredDocument | undefined {
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
    excluded: paragraphs.filter((p) => !['title', 'subtitle', 'heading', 'body'].includes(p.kind)).map((p) => ({ start: p.start, end: p.end })),
  };
  if (row.external_id !== null) doc.externalId = row.external_id;
  if (row.file !== null) doc.file = row.file;
  return {
    doc,
    extractorVersion: row.extractor_version,
    extractions: {
      dates: items(db, 'dates', id),
      casualties: items(db, 'casualties', id),
      groups: items(db, 'group_mentions', id),
      claims: items(db, 'claims', id),
    },
  };
}

export interface DatabaseTotals {
  documents: number;
  dates: number;
  casualties: number;
  groups: number;
  claims: number;
}

export function totals(db: DB): DatabaseTotals {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    documents: count('documents'),
    dates: count('dates'),
    casualties: count('casualties'),
    groups: count('group_mentions'),
    claims: count('claims'),
  };
}
