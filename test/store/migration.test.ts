// Databases written by earlier schema versions (fixtures/db/schema-vN.db) are migrated forward without
// loss: every document and every stored item comes back through the store, links included; a
// database from a newer communique is refused with both version numbers.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { openWriter } from '../../src/store/sqlite/connection.js';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations/index.js';
import { defaultRegistry } from '../../extractors/index.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

function copyOf(fixture: string): string {
  const d = mkdtempSync(join(tmpdir(), 'communique-migrate-'));
  dirs.push(d);
  const path = join(d, 'old.db');
  copyFileSync(fixture, path);
  return path;
}

interface Before {
  documents: Array<{ id: string; text: string; meta_json: string; external_id: string | null; file: string | null; url: string | null; title: string | null }>;
  items: Record<string, Array<{ document_id: string; idx: number; item_json: string }>>;
  links: string[];
}

/** The fixture as written, read with plain SQL: documents, each extractor table's items, the links. */
function before(path: string, version: number): Before {
  const db = new Database(path, { readonly: true });
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  const documents = db.prepare('SELECT id, text, meta_json, external_id, file, url, title FROM documents ORDER BY id').all() as Before['documents'];
  const items: Before['items'] = {};
  for (const ex of defaultRegistry.extractors) {
    items[ex.name] = db.prepare(`SELECT document_id, idx, item_json FROM "${ex.storage.table}" ORDER BY document_id, idx`).all() as Before['items'][string];
  }
  const links =
    version === 1
      ? ([
          ...db.prepare("SELECT c.document_id d, 'casualties' f, c.idx fi, 'dates' t, x.idx ti FROM casualty_dates l JOIN casualties c ON c.id = l.casualty_id JOIN dates x ON x.id = l.date_id").all(),
          ...db.prepare("SELECT c.document_id d, 'claims' f, c.idx fi, 'dates' t, x.idx ti FROM claim_dates l JOIN claims c ON c.id = l.claim_id JOIN dates x ON x.id = l.date_id").all(),
          ...db.prepare("SELECT c.document_id d, 'claims' f, c.idx fi, 'casualties' t, x.idx ti FROM claim_casualties l JOIN claims c ON c.id = l.claim_id JOIN casualties x ON x.id = l.casualty_id").all(),
          ...db.prepare("SELECT c.document_id d, 'claims' f, c.idx fi, 'groups' t, x.idx ti FROM claim_groups l JOIN claims c ON c.id = l.claim_id JOIN group_mentions x ON x.id = l.group_mention_id").all(),
        ] as Array<{ d: string; f: string; fi: number; t: string; ti: number }>)
      : (db.prepare('SELECT document_id d, from_kind f, from_idx fi, to_kind t, to_idx ti FROM links').all() as Array<{ d: string; f: string; fi: number; t: string; ti: number }>);
  db.close();
  return { documents, items, links: links.map((l) => `${l.d} ${l.f}[${l.fi}] -> ${l.t}[${l.ti}]`).sort() };
}

describe.each([
  ['fixtures/db/schema-v1.db', 1],
  ['fixtures/db/schema-v2.db', 2],
])('migrating %s', (fixture, version) => {
  it('brings back every document, item and link through the store', async () => {
    const path = copyOf(fixture);
    const old = before(path, version);
    expect(old.documents.length).toBe(6);

    const store = await openStore(path, defaultRegistry, { mode: 'write' });
    await store.close();
    const reader = await openStore(path, defaultRegistry, { mode: 'read' });
    for (const d of old.documents) {
      const stored = await reader.loadDocument(d.id);
      expect(stored?.doc.text).toBe(d.text);
      expect(stored?.doc.meta).toEqual(JSON.parse(d.meta_json));
      for (const ex of defaultRegistry.extractors) {
        const want = (old.items[ex.name] ?? []).filter((r) => r.document_id === d.id).map((r) => JSON.parse(r.item_json));
        expect(stored?.extractions[ex.name], `${d.id} ${ex.name}`).toEqual(want);
      }
      // every document is found by its file and external id (now through its appearance)
      if (d.external_id) expect(await reader.findDocuments(d.external_id)).toEqual([d.id]);
      if (d.file) expect(await reader.findDocuments(d.file)).toEqual([d.id]);
    }
    expect((await reader.totals()).documents).toBe(6);
    await reader.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const links = (db.prepare('SELECT document_id d, from_kind f, from_idx fi, to_kind t, to_idx ti FROM links').all() as Array<{ d: string; f: string; fi: number; t: string; ti: number }>)
      .map((l) => `${l.d} ${l.f}[${l.fi}] -> ${l.t}[${l.ti}]`)
      .sort();
    expect(links).toEqual(old.links);
    expect(links.length).toBeGreaterThan(0);
    // each stored document has its first appearance
    expect(db.prepare('SELECT document_id, external_id, file, url, title FROM appearances ORDER BY document_id').all()).toEqual(
      old.documents.map((d) => ({ document_id: d.id, external_id: d.external_id, file: d.file, url: d.url, title: d.title })),
    );
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // migration 8: the indexes no query reads are gone and not created again; the ones queries read stay
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[];
    for (const gone of ['claims_speaker_name', 'claims_speaker_id', 'dates_value', 'casualties_outcome', 'group_mentions_group_id', 'casualty_facts_period']) expect(indexes).not.toContain(gone);
    for (const kept of ['group_mentions_group', 'group_mentions_match', 'casualty_facts_conflict', 'claim_facts_speaker']) expect(indexes).toContain(kept);
    db.close();
  });
});

describe('a database from a newer communique', () => {
  it('is refused by the writer and the reader, with both version numbers', async () => {
    const path = copyOf('fixtures/db/schema-v2.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 7}`);
    raw.close();
    expect(() => openWriter(path)).toThrow(`database schema version ${SCHEMA_VERSION + 7} is newer than this communique (${SCHEMA_VERSION})`);
    await expect(openStore(path, defaultRegistry, { mode: 'read' })).rejects.toThrow(`schema version ${SCHEMA_VERSION + 7}, expected ${SCHEMA_VERSION}`);
  });
});
