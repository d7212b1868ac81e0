// Extractor tables generated from the descriptors' storage specs: the common mention columns plus the
// typed columns of each descriptor, its indexes and its FTS5 index. Run by the writer on every open, so
// a new extractor gets its table and a new column is added and filled from the stored item_json —
// existing databases move forward without loss and without a hand-written migration.
import type { DB } from './connection.js';
import type { AnyExtractor } from '../../extractor.js';
import type { Registry } from '../../registry.js';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const MENTION_COLUMNS = ['document_id', 'idx', 'start', 'end', 'text', 'rule', 'inferred_json', 'item_json'] as const;

export function tableExists(db: DB, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(table) !== undefined;
}

function columnsOf(db: DB, table: string): Set<string> {
  return new Set((db.prepare(`PRAGMA table_info(${q(table)})`).all() as Array<{ name: string }>).map((c) => c.name));
}

function createTable(db: DB, ex: AnyExtractor): void {
  const typed = ex.storage.columns.map((c) => `${q(c.name)} ${c.type}`);
  db.exec(`CREATE TABLE ${q(ex.storage.table)} (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    rule TEXT NOT NULL,
    inferred_json TEXT,
    item_json TEXT NOT NULL,
    ${typed.map((t) => `${t},`).join('\n    ')}
    UNIQUE (document_id, idx)
  )`);
}

/** Adds columns a newer descriptor declares, filled from each row's item_json. */
function addMissingColumns(db: DB, ex: AnyExtractor): void {
  const have = columnsOf(db, ex.storage.table);
  const missing = ex.storage.columns.filter((c) => !have.has(c.name));
  if (missing.length === 0) return;
  for (const c of missing) db.exec(`ALTER TABLE ${q(ex.storage.table)} ADD COLUMN ${q(c.name)} ${c.type}`);
  const rows = db.prepare(`SELECT id, item_json FROM ${q(ex.storage.table)}`).all() as Array<{ id: number; item_json: string }>;
  const update = db.prepare(`UPDATE ${q(ex.storage.table)} SET ${missing.map((c) => `${q(c.name)} = ?`).join(', ')} WHERE id = ?`);
  for (const r of rows) {
    const item = JSON.parse(r.item_json);
    update.run(...missing.map((c) => c.value(item)), r.id);
  }
}

function ensureFts(db: DB, ex: AnyExtractor): void {
  const cols = ex.storage.fts;
  if (!cols?.length) return;
  const t = ex.storage.table;
  const fts = `${t}_fts`;
  const created = !tableExists(db, fts);
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${q(fts)} USING fts5(${cols.map(q).join(', ')}, content=${q(t)}, content_rowid='id')`);
  // rows are indexed and removed by the writer once per batch (writer.ts, migration 9), not by triggers
  for (const t of ['insert', 'delete']) db.exec(`DROP TRIGGER IF EXISTS ${q(`${fts}_${t}`)}`);
  if (created) db.exec(`INSERT INTO ${q(fts)}(${q(fts)}) VALUES ('rebuild')`);
}

/** Whether another full (not partial) index of the table starts with the column, e.g. group_mentions_group (migration 6). */
function ledByIndex(db: DB, table: string, column: string): boolean {
  const own = `${table}_${column}`;
  const indexes = db.prepare(`PRAGMA index_list(${q(table)})`).all() as Array<{ name: string; partial: number }>;
  return indexes.some(
    (i) => i.name !== own && !i.partial && (db.prepare(`PRAGMA index_info(${q(i.name)})`).get() as { name: string | null } | undefined)?.name === column,
  );
}

export function ensureExtractorTables(db: DB, registry: Registry): void {
  db.transaction(() => {
    for (const ex of registry.extractors) {
      if (tableExists(db, ex.storage.table)) addMissingColumns(db, ex);
      else createTable(db, ex);
      for (const c of ex.storage.columns.filter((c) => c.index)) {
        if (ledByIndex(db, ex.storage.table, c.name)) continue; // a wider index already serves the column
        db.exec(`CREATE INDEX IF NOT EXISTS ${q(`${ex.storage.table}_${c.name}`)} ON ${q(ex.storage.table)}(${q(c.name)})`);
      }
      ensureFts(db, ex);
    }
  })();
}

export { q as quoteIdentifier };
