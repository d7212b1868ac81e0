// The full-text indexes are kept by the writer once per batch (writer.ts, migration 9), not by triggers:
// they must hold exactly the stored rows after batches, single stores, a document stored twice in one
// batch (the delete between), a deleted row's rowid taken again, a store inside an outer transaction,
// a batch rolled back, and a database migrated from an older schema.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestInto, withStore } from '../helpers/store.js';
import { defaultRegistry } from '../../extractors/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Mention } from '../../src/types.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});
const tempDb = () => {
  const d = mkdtempSync(join(tmpdir(), 'communique-fts-'));
  dirs.push(d);
  return join(d, 'test.db');
};

/** Each index equals its content table (FTS5 integrity-check against the content), and a search finds every row. */
function checkIndexes(path: string): { documents: number; claims: number } {
  const db = new Database(path);
  for (const t of ['documents_fts', 'claims_fts']) db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('integrity-check', 1)`).run();
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  // every document's title/text and every claim's text holds a word: the indexes hold a row for each
  const documents = count('SELECT count(*) FROM documents');
  expect(count(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'the OR a OR of OR in OR said'`)).toBe(count(`SELECT count(*) FROM documents WHERE text LIKE '% the %' OR text LIKE '% a %' OR text LIKE '% of %' OR text LIKE '% in %' OR text LIKE '% said%'`));
  const claims = count('SELECT count(*) FROM claims');
  const words = db.prepare('SELECT id, text FROM claims').all() as Array<{ id: number; text: string }>;
  for (const { id, text } of words.slice(0, 200)) {
    const w = /[A-Za-z]{3,}/.exec(text)?.[0];
    if (w) expect(count(`SELECT count(*) FROM claims_fts WHERE claims_fts MATCH '"${w}"' AND rowid = ${id}`)).toBe(1);
  }
  db.close();
  return { documents, claims };
}

describe('full-text indexes filled by the writer', () => {
  it('hold exactly the stored rows after ingest, reprocessing in one batch, single stores and a rollback', async () => {
    const path = tempDb();
    await ingestInto(path, ['corpus'], { quiet: true });
    const first = checkIndexes(path);
    expect(first.claims).toBeGreaterThan(20);

    const store = SqliteStore.open(path, defaultRegistry, { mode: 'write' });
    try {
      const ids = (await store.documents({ limit: 1000 })).rows.map((r) => r.id);
      const docs = [];
      for (const id of ids.slice(0, 6)) docs.push((await store.loadDocument(id))!);
      // one batch: a document stored with fewer claims, then again with all (a delete between two inserts of the batch)
      const [a, b, c, d] = docs as [(typeof docs)[0], (typeof docs)[0], (typeof docs)[0], (typeof docs)[0]];
      const fewer = { ...a.extractions, claims: (a.extractions.claims ?? []).slice(0, 1) as Mention[] };
      await store.storeBatch([
        { op: 'store', doc: a.doc, extractions: fewer, extractorVersion: defaultRegistry.version, runId: null },
        { op: 'store', doc: b.doc, extractions: b.extractions, extractorVersion: defaultRegistry.version, runId: null },
        { op: 'store', doc: a.doc, extractions: a.extractions, extractorVersion: defaultRegistry.version, runId: null },
      ]);
      // single stores, and a store inside an outer transaction
      await store.storeDocument(c.doc, { ...c.extractions, claims: [] }, defaultRegistry.version, null);
      store.db.transaction(() => void store.storeDocument(c.doc, c.extractions, defaultRegistry.version, null))();
      // a batch that fails after storing a document rolls back whole; the next one indexes its own rows
      await expect(
        store.storeBatch([
          { op: 'store', doc: d.doc, extractions: { ...d.extractions, claims: [] }, extractorVersion: defaultRegistry.version, runId: null },
          { op: 'store', doc: d.doc, extractions: { claims: [{ start: 0, end: 1, text: null, rule: 'x' } as unknown as Mention] }, extractorVersion: defaultRegistry.version, runId: null },
        ]),
      ).rejects.toThrow();
      await store.storeBatch([{ op: 'store', doc: d.doc, extractions: d.extractions, extractorVersion: defaultRegistry.version, runId: null }]);
      // the document with the highest rowid stored again under another title: its new rows take the deleted
      // rows' rowids, so the old entries must leave the index before the new ones enter it
      const lastId = store.db.prepare('SELECT id FROM documents ORDER BY rowid DESC LIMIT 1').pluck().get() as string;
      const last = (await store.loadDocument(lastId))!;
      const retitled = { ...last.doc, meta: { ...last.doc.meta, title: { value: 'Zyxwvut retitled', origin: 'option' } } } as typeof last.doc;
      await store.storeBatch([{ op: 'store', doc: retitled, extractions: last.extractions, extractorVersion: defaultRegistry.version, runId: null }]);
      expect(store.db.prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'zyxwvut'").pluck().get()).toBe(1);
      await store.storeBatch([{ op: 'store', doc: last.doc, extractions: last.extractions, extractorVersion: defaultRegistry.version, runId: null }]);
      expect(store.db.prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'zyxwvut'").pluck().get()).toBe(0);
    } finally {
      await store.close();
    }
    expect(checkIndexes(path)).toEqual(first);
    // stored again by ingest --reprocess-like re-ingest: unchanged
    await ingestInto(path, ['corpus'], { quiet: true });
    expect(checkIndexes(path)).toEqual(first);
  });

  it('are complete for a database migrated from schema version 2 and written to after', async () => {
    const path = tempDb();
    copyFileSync('fixtures/db/schema-v2.db', path);
    await ingestInto(path, ['corpus'], { quiet: true });
    const db = new Database(path, { readonly: true });
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts_%'").pluck().all();
    db.close();
    expect(triggers).toEqual([]);
    expect(checkIndexes(path).documents).toBeGreaterThan(3);
  });
});
