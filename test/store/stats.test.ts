// The writer's pre-aggregated counts (group_stats, group_spellings, speaker_stats; src/store/sqlite/stats.ts)
// always equal a recount from the stored rows: after an ingest, after ingesting the same corpus again,
// after documents are reprocessed (stored again with other extractions or another date, which deletes
// and re-inserts them), and after an older database is migrated.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestInto, withStore } from '../helpers/store.js';
import { defaultRegistry } from '../../extractors/index.js';
import type { Document, Mention } from '../../src/types.js';
import type { Extractions } from '../../src/pipeline.js';
import type { StoreOp, StoredDocument } from '../../src/store/store.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});
const tempDb = () => {
  const d = mkdtempSync(join(tmpdir(), 'communique-stats-'));
  dirs.push(d);
  return join(d, 'test.db');
};

const SCOPE: Record<string, string> = {
  all: '1',
  named: "g.match NOT IN ('discovered', 'descriptor')",
  unknown: "g.match = 'discovered'",
};

/** The stored tables next to a recount from the rows they summarise. */
function compare(path: string): { stored: Record<string, unknown[]>; recount: Record<string, unknown[]> } {
  const db = new Database(path, { readonly: true });
  const groups = Object.entries(SCOPE).flatMap(([scope, cond]) =>
    db
      .prepare(`SELECT g.group_id, '${scope}' AS scope, max(g.name) AS name, max(g.type) AS type, count(*) AS mentions,
        count(DISTINCT g.document_id) AS documents, min(substr(d.published, 1, 10)) AS first_seen, max(substr(d.published, 1, 10)) AS last_seen,
        CASE WHEN '${scope}' = 'all' THEN (SELECT count(DISTINCT l.document_id || ':' || l.from_idx) FROM group_mentions m
          JOIN links l ON l.document_id = m.document_id AND l.to_kind = 'groups' AND l.to_idx = m.idx AND l.from_kind = 'claims'
          WHERE m.group_id = g.group_id) END AS claims
        FROM group_mentions g JOIN documents d ON d.id = g.document_id WHERE ${cond} GROUP BY g.group_id`)
      .all(),
  );
  const recount = {
    groups: groups.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    spellings: db.prepare('SELECT group_id, text, count(*) AS count FROM group_mentions GROUP BY group_id, text ORDER BY group_id, text').all(),
    speakers: db
      .prepare(`SELECT speaker_id, count(*) AS claims, count(DISTINCT document_id) AS documents, min(published) AS first_seen, max(published) AS last_seen
        FROM claim_facts WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY speaker_id`)
      .all(),
  };
  const stored = {
    groups: (
      db
        .prepare(`SELECT group_id, scope, name, type, mentions, documents, first_seen, last_seen, CASE WHEN scope = 'all' THEN claims END AS claims
          FROM group_stats WHERE mentions > 0`)
        .all() as object[]
    ).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    spellings: db.prepare('SELECT group_id, text, count FROM group_spellings WHERE count > 0 ORDER BY group_id, text').all(),
    speakers: db.prepare('SELECT speaker_id, claims, documents, first_seen, last_seen FROM speaker_stats WHERE claims > 0 ORDER BY speaker_id').all(),
  };
  // nothing left marked stale, no negative count
  expect(db.prepare('SELECT count(*) FROM group_stats WHERE stale != 0 OR mentions < 0 OR documents < 0 OR claims < 0').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM speaker_stats WHERE stale != 0 OR claims < 0 OR documents < 0').pluck().get()).toBe(0);
  db.close();
  return { stored, recount };
}

describe('pre-aggregated group and speaker counts', () => {
  it('equal a recount after ingesting, ingesting again, and reprocessing documents', async () => {
    const path = tempDb();
    await ingestInto(path, ['corpus', 'fixtures/fakes-dev/texts'], { quiet: true });
    const first = compare(path);
    expect(first.stored).toEqual(first.recount);
    expect(first.recount.groups?.length).toBeGreaterThan(10);
    expect(first.recount.speakers?.length).toBeGreaterThan(5);

    await ingestInto(path, ['corpus', 'fixtures/fakes-dev/texts'], { quiet: true });
    const again = compare(path);
    expect(again.stored).toEqual(again.recount);
    expect(again.recount).toEqual(first.recount);

    // reprocess: every document stored again as it was, then some changed (groups dropped, claims
    // dropped, dates moved to either end of the corpus' range), then restored
    await withStore(path, 'write', async (store) => {
      const ids = (await store.documents({ limit: 1000 })).rows.map((r) => r.id);
      expect(ids.length).toBeGreaterThan(5);
      const originals = [];
      for (const id of ids) {
        const stored = await store.loadDocument(id);
        if (!stored) throw new Error(id);
        originals.push(stored);
        await store.storeDocument(stored.doc, stored.extractions, defaultRegistry.version, null);
      }
      const changed = originals.slice(0, 6).map(({ doc, extractions }, i) => {
        const ex = { ...extractions };
        if (i % 3 === 0) ex.groups = [];
        if (i % 3 === 1) ex.claims = (ex.claims ?? []).slice(0, 1) as Mention[];
        const published = i % 2 ? '1990-01-01' : '2031-12-31';
        return { doc: { ...doc, meta: { ...doc.meta, published: { value: published, origin: 'option' as const } } }, ex };
      });
      for (const { doc, ex } of changed) await store.storeDocument(doc, ex, defaultRegistry.version, null);
    });
    const reprocessed = compare(path);
    expect(reprocessed.stored).toEqual(reprocessed.recount);
    expect(reprocessed.recount).not.toEqual(first.recount);

    await withStore(path, 'write', async (store) => {
      const ids = (await store.documents({ limit: 1000 })).rows.map((r) => r.id);
      for (const id of ids) {
        const stored = await store.loadDocument(id);
        if (stored) await store.storeDocument(stored.doc, stored.extractions, defaultRegistry.version, null);
      }
    });
    const again2 = compare(path);
    expect(again2.stored).toEqual(again2.recount);
  });

  it('equal a recount when documents are reprocessed in batches: changed, twice in one batch, after a rolled-back batch', async () => {
    const path = tempDb();
    await ingestInto(path, ['corpus', 'fixtures/fakes-dev/texts'], { quiet: true });
    await withStore(path, 'write', async (store) => {
      const ids = (await store.documents({ limit: 1000 })).rows.map((r) => r.id);
      const originals: StoredDocument[] = [];
      for (const id of ids) {
        const stored = await store.loadDocument(id);
        if (!stored) throw new Error(id);
        originals.push(stored);
      }
      const op = (doc: Document, extractions: Extractions): StoreOp => ({ op: 'store', doc, extractions, extractorVersion: defaultRegistry.version, runId: null });
      const changed = originals.slice(0, 8).map(({ doc, extractions }, i) => {
        const ex = { ...extractions };
        if (i % 3 === 0) ex.groups = [];
        if (i % 3 === 1) ex.claims = (ex.claims ?? []).slice(0, 1) as Mention[];
        const published = i % 2 ? '1990-01-01' : '2031-12-31';
        return op({ ...doc, meta: { ...doc.meta, published: { value: published, origin: 'option' as const } } }, ex);
      });
      // a batch that fails half-way (an item that cannot be serialised) is rolled back whole
      const bad = op({ ...originals[9]!.doc, id: 'f1f1f1f1f1f1f1f1' }, { ...originals[9]!.extractions, groups: [{ ...(originals[9]!.extractions.groups?.[0] as Mention), n: 1n } as Mention] });
      // (after a new document with claims and groups, whose share is still pending in memory when it fails)
      const size = (o: StoredDocument) => (o.extractions.claims?.length ?? 0) + (o.extractions.groups?.length ?? 0);
      const rich = originals.reduce((a, b) => (size(b) > size(a) ? b : a));
      const fresh = op({ ...rich.doc, id: 'f0f0f0f0f0f0f0f0' }, rich.extractions);
      await expect(store.storeBatch([...changed.slice(0, 4), fresh, bad])).rejects.toThrow();
      // changed documents, then the same documents restored in the same batch, and one stored twice
      await store.storeBatch([...changed, ...originals.slice(0, 4).map((o) => op(o.doc, o.extractions)), changed[5]!, changed[5]!]);
    });
    const batched = compare(path);
    expect(batched.stored).toEqual(batched.recount);
    await withStore(path, 'write', async (store) => {
      const ids = (await store.documents({ limit: 1000 })).rows.map((r) => r.id);
      const ops: StoreOp[] = [];
      for (const id of ids) {
        const stored = await store.loadDocument(id);
        if (stored) ops.push({ op: 'store', doc: stored.doc, extractions: stored.extractions, extractorVersion: defaultRegistry.version, runId: null });
      }
      await store.storeBatch(ops);
    });
    const again = compare(path);
    expect(again.stored).toEqual(again.recount);
  });

  it('are filled for a database migrated from schema version 2', async () => {
    const path = tempDb();
    copyFileSync('fixtures/db/schema-v2.db', path);
    await withStore(path, 'write', async () => undefined);
    const { stored, recount } = compare(path);
    expect(stored).toEqual(recount);
    expect(recount.groups?.length).toBeGreaterThan(0);
  });
});
