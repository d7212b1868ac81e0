import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openWriter } from '../../src/store/sqlite/connection.js';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { ingestInto, withStore } from '../helpers/store.js';
import { documentFromText } from '../../src/document/build.js';
import { defaultRegistry, type Extractions } from '../../extractors/index.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'communique-db-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/** FTS5's integrity check with rank 1 compares each index with its content table: throws on any drift. */
const expectFtsConsistent = (db: Database.Database) => {
  for (const t of ['documents_fts', 'claims_fts']) expect(() => db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
};

const totalsOf = (path: string) => withStore(path, 'read', (store) => store.totals());

const sample: Extractions = {
  dates: [{ start: 46, end: 58, text: 'September 12', type: 'DATE', value: '2016-09-12', rule: 'dates.test', known: ['month', 'day'], inferred: { year: 'publication-date' } }],
  casualties: [{ start: 74, end: 98, text: '63 civilians were killed', count: 63, low: 63, high: 63, qualifier: 'exact', outcome: 'killed', category: 'civilians', rule: 'casualties.test', dates: [0] }],
  groups: [],
  claims: [{ start: 0, end: 98, text: '', kind: 'indirect', speaker: null, cue: null, rule: 'claims.test', dates: [0], casualties: [0] }],
};

describe('database', () => {
  it('migrates to the current schema with WAL and foreign keys', () => {
    const path = join(tmp(), 'x.db');
    const db = openWriter(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    // reopening runs no migration twice
    openWriter(path).close();
  });

  it('round-trips a document and its extractions, with links and FTS', async () => {
    const text = 'The cessation of hostilities came into effect September 12. As a result, 63 civilians were killed.';
    const doc = documentFromText(text, '2016-09-19');
    sample.claims[0] = { ...(sample.claims[0] as Extractions['claims'][number]), text };
    const store = SqliteStore.open(':memory:', defaultRegistry, { mode: 'write' });
    const { db } = store;
    expect(await store.storeDocument(doc, sample, 'v1', null)).toBe('new');
    const stored = await store.loadDocument(doc.id);
    expect(stored?.doc.text).toBe(text);
    expect(stored?.doc.meta).toEqual(doc.meta);
    expect(stored?.doc.sentences).toEqual(doc.sentences);
    expect(stored?.extractions).toEqual(sample);
    expect(db.prepare("SELECT count(*) AS n FROM links WHERE from_kind = 'casualties' AND to_kind = 'dates'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM links WHERE from_kind = 'claims' AND to_kind = 'casualties'").get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'civilians'").all()).toHaveLength(1);
    // replacing the document cascades: no orphan rows, FTS follows
    expect(await store.storeDocument(doc, { dates: [], casualties: [], groups: [], claims: [] }, 'v2', null)).toBe('reprocessed');
    expect(await store.totals()).toEqual({ documents: 1, dates: 0, casualties: 0, groups: 0, claims: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM links').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'civilians'").all()).toHaveLength(0);
    // documents_fts indexes the documents' own text (external content): found once, not twice, after the replace
    expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'cessation'").all()).toHaveLength(1);
    expectFtsConsistent(db);
    expect(await store.findDocuments(doc.id.slice(0, 6))).toEqual([doc.id]);
    await store.close();
  });

  it('ingests the corpus once: re-ingesting stores nothing twice', async () => {
    const path = join(tmp(), 'c.db');
    const first = await ingestInto(path, ['corpus']);
    expect(first).toMatchObject({ documents_read: 5, documents_new: 5, failures: 0 });
    const before = await totalsOf(path);
    const second = await ingestInto(path, ['corpus', 'corpus/001_a3086d6f6e2d555b.txt']);
    expect(second).toMatchObject({ documents_read: 6, documents_new: 0, documents_unchanged: 6, failures: 0 });
    expect(await totalsOf(path)).toEqual(before);
    const db2 = new Database(path, { readonly: true });
    const runs = db2.prepare('SELECT status, documents_new FROM runs ORDER BY id').all();
    expect(runs).toEqual([{ status: 'done', documents_new: 5 }, { status: 'done', documents_new: 0 }]);
    db2.close();
  });

  it('--reprocess re-extracts only documents stored by another extractor version', async () => {
    const path = join(tmp(), 'r.db');
    await ingestInto(path, ['corpus']);
    const raw = new Database(path);
    raw.prepare("UPDATE documents SET extractor_version = 'old' WHERE file LIKE '%001_%'").run();
    raw.close();
    expect(await ingestInto(path, ['corpus'])).toMatchObject({ documents_reprocessed: 0, documents_unchanged: 5 });
    expect(await ingestInto(path, ['corpus'], { reprocess: true })).toMatchObject({ documents_reprocessed: 1, documents_unchanged: 4 });
    const db = new Database(path);
    expectFtsConsistent(db);
    db.close();
  });

  it('records failures in the run and keeps going; the same text under two names is stored once', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'MOSCOW, May 20. /TASS/. Russia proposed joint strikes, Shoigu said on Friday.');
    writeFileSync(join(d, 'b.txt'), '\uFEFFMOSCOW, May 20. /TASS/. Russia proposed joint strikes, Shoigu said on Friday.\r\n');
    writeFileSync(join(d, 'c.txt'), '');
    const path = join(d, 'f.db');
    const s = await ingestInto(path, [d]);
    expect(s).toMatchObject({ documents_read: 2, documents_new: 1, documents_unchanged: 1, failures: 1 });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT file, reason FROM failures').all()).toEqual([{ file: join(d, 'c.txt'), reason: 'empty file' }]);
    db.close();
  });

  it('refuses a database written by a newer schema', () => {
    const path = join(tmp(), 'n.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openWriter(path)).toThrow(/newer than this communique/);
  });
});
