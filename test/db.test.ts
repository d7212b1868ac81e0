import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openReader, openWriter } from '../src/db/connection.js';
import { Writer } from '../src/db/writer.js';
import { findDocumentId, loadDocument, totals } from '../src/db/reader.js';
import { SCHEMA_VERSION } from '../src/db/schema.js';
import { ingest } from '../src/commands/ingest.js';
import { documentFromText } from '../src/document/build.js';
import type { Extractions } from '../src/types.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'communique-db-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

const flags = (db: string, extra = {}) => ({ db, reprocess: false, inputFormat: 'auto' as const, maxBytes: 1 << 24, ...extra });

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

  it('round-trips a document and its extractions, with claim links and FTS', () => {
    const text = 'The cessation of hostilities came into effect September 12. As a result, 63 civilians were killed.';
    const doc = documentFromText(text, '2016-09-19');
    sample.claims[0] = { ...(sample.claims[0] as Extractions['claims'][number]), text };
    const db = openWriter(':memory:');
    expect(new Writer(db).store(doc, sample, 'v1', null)).toBe('new');
    const stored = loadDocument(db, doc.id);
    expect(stored?.doc.text).toBe(text);
    expect(stored?.doc.meta).toEqual(doc.meta);
    expect(stored?.doc.sentences).toEqual(doc.sentences);
    expect(stored?.extractions).toEqual(sample);
    expect(db.prepare('SELECT count(*) AS n FROM casualty_dates').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM claim_casualties').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'civilians'").all()).toHaveLength(1);
    // replacing the document cascades: no orphan rows, FTS follows
    expect(new Writer(db).store(doc, { dates: [], casualties: [], groups: [], claims: [] }, 'v2', null)).toBe('reprocessed');
    expect(totals(db)).toEqual({ documents: 1, dates: 0, casualties: 0, groups: 0, claims: 0 });
    expect(db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'civilians'").all()).toHaveLength(0);
    expect(findDocumentId(db, doc.id.slice(0, 6))).toEqual([doc.id]);
  });

  it('ingests the corpus once: re-ingesting stores nothing twice', async () => {
    const path = join(tmp(), 'c.db');
    const first = await ingest(['corpus'], flags(path));
    expect(first).toMatchObject({ documents_read: 5, documents_new: 5, failures: 0 });
    const db1 = openReader(path);
    const before = totals(db1);
    db1.close();
    const second = await ingest(['corpus', 'corpus/001_a3086d6f6e2d555b.txt'], flags(path));
    expect(second).toMatchObject({ documents_read: 6, documents_new: 0, documents_unchanged: 6, failures: 0 });
    const db2 = openReader(path);
    expect(totals(db2)).toEqual(before);
    const runs = db2.prepare('SELECT status, documents_new FROM runs ORDER BY id').all();
    expect(runs).toEqual([{ status: 'done', documents_new: 5 }, { status: 'done', documents_new: 0 }]);
    db2.close();
  });

  it('--reprocess re-extracts only documents stored by another extractor version', async () => {
    const path = join(tmp(), 'r.db');
    await ingest(['corpus'], flags(path));
    const raw = new Database(path);
    raw.prepare("UPDATE documents SET extractor_version = 'old' WHERE file LIKE '%001_%'").run();
    raw.close();
    expect(await ingest(['corpus'], flags(path))).toMatchObject({ documents_reprocessed: 0, documents_unchanged: 5 });
    expect(await ingest(['corpus'], flags(path, { reprocess: true }))).toMatchObject({ documents_reprocessed: 1, documents_unchanged: 4 });
  });

  it('records failures in the run and keeps going; the same text under two names is stored once', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'MOSCOW, May 20. /TASS/. Russia proposed joint strikes, Shoigu said on Friday.');
    writeFileSync(join(d, 'b.txt'), '\uFEFFMOSCOW, May 20. /TASS/. Russia proposed joint strikes, Shoigu said on Friday.\r\n');
    writeFileSync(join(d, 'c.txt'), '');
    const path = join(d, 'f.db');
    const s = await ingest([d], flags(path));
    expect(s).toMatchObject({ documents_read: 2, documents_new: 1, documents_unchanged: 1, failures: 1 });
    const db = openReader(path);
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
