// Crash safety: 20 SIGKILLs at random moments of an 8 MB ingest (start-up and migration included), then
// a final run: the database equals an uninterrupted run's — same documents, extractions, links and
// appearances, nothing twice — and PRAGMA integrity_check is ok after every kill.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { defaultRegistry } from '../extractors/index.js';
import { cliEnv, committed, tempDirs, waitFor, writeBatch } from './reliability/helpers.js';

const KILLS = 20;
const tmp = tempDirs('crash');
let dir: string;
let total: number;
beforeAll(() => {
  dir = tmp.make();
  // big enough that 20 kill cycles never finish it (5 MB did once the writer got faster)
  total = writeBatch(join(dir, 'batch.jsonl'), 8 * 1024 * 1024);
});
afterAll(() => tmp.cleanup());

// small transactions: each kill cycle commits a few dozen documents, so 20 cycles never finish the batch
const ingestArgs = (db: string) => ['bin/communique.js', 'ingest', join(dir, 'batch.jsonl'), '--db', db, '--commit-every', '25'];

/** A seeded generator, so a failing schedule can be replayed (CRASH_SEED=…). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  const q = (sql: string) => db.prepare(sql).all();
  const state: Record<string, unknown> = {
    documents: q('SELECT id, external_id, file, url, title, published, extractor_version, length(text) AS n FROM documents ORDER BY id'),
    paragraphs: q('SELECT document_id, count(*) AS n FROM paragraphs GROUP BY document_id ORDER BY document_id'),
    sentences: q('SELECT document_id, count(*) AS n FROM sentences GROUP BY document_id ORDER BY document_id'),
    links: q('SELECT document_id, from_kind, from_idx, field, to_kind, to_idx FROM links ORDER BY 1, 2, 3, 4, 5, 6'),
    appearances: q('SELECT document_id, external_id, file, url, title, published FROM appearances ORDER BY document_id, external_id, file, url'),
    failures: q('SELECT file, reason FROM failures'),
    running: q("SELECT id FROM runs WHERE status = 'running'"),
    integrity: q('PRAGMA integrity_check'),
    foreignKeys: q('PRAGMA foreign_key_check'),
  };
  for (const ex of defaultRegistry.extractors) {
    state[ex.name] = q(`SELECT document_id, idx, start, "end", rule, item_json FROM "${ex.storage.table}" ORDER BY document_id, idx`);
  }
  db.close();
  return state;
}

describe('crash safety', () => {
  it(`${KILLS} SIGKILLs at random moments of an 8 MB ingest, then a final run: the same database as an uninterrupted run`, async () => {
    // the uninterrupted reference runs beside the kills
    const clean = join(dir, 'clean.db');
    const cleanChild = spawn(process.execPath, ingestArgs(clean), { env: cliEnv, stdio: 'ignore' });
    const cleanExit = new Promise<number | null>((resolve) => cleanChild.on('exit', (code) => resolve(code)));

    const killed = join(dir, 'killed.db');
    const seed = Number(process.env.CRASH_SEED ?? 20161019);
    const random = mulberry32(seed);
    let exitedEarly = 0;
    for (let k = 0; k < KILLS; k++) {
      const child = spawn(process.execPath, ingestArgs(killed), { env: cliEnv, stdio: 'ignore' });
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // every fifth kill lands in start-up or migration; the others once this run has committed a
      // document of its own, 0–600 ms later (mid-transaction, mid-checkpoint, between documents)
      let early = false;
      void exit.then(() => (early = true));
      if (k % 5 === 0) await new Promise((r) => setTimeout(r, Math.floor(random() * 800)));
      else {
        const before = committed(killed);
        await waitFor(() => early || committed(killed) > before, 60_000, 10);
        await new Promise((r) => setTimeout(r, Math.floor(random() * 600)));
      }
      if (early) exitedEarly++;
      else child.kill('SIGKILL');
      await exit;
      if (!existsSync(killed)) continue; // killed before it created the file
      const db = new Database(killed, { readonly: true });
      try {
        expect(db.pragma('quick_check'), `seed ${seed}, kill ${k}`).toEqual([{ quick_check: 'ok' }]);
      } finally {
        db.close();
      }
    }
    expect(exitedEarly, 'the batch finished before the kills were over: make it bigger').toBe(0);
    const partial = snapshot(killed);
    expect((partial.documents as unknown[]).length).toBeLessThan(total);

    const final = spawnSync(process.execPath, ingestArgs(killed), { env: cliEnv, encoding: 'utf8' });
    expect(final.status, final.stderr).toBe(0);
    expect(await cleanExit).toBe(0);

    const want = snapshot(clean);
    expect((want.documents as unknown[]).length).toBe(total);
    expect(want.integrity).toEqual([{ integrity_check: 'ok' }]);
    const got = snapshot(killed);
    for (const key of Object.keys(want)) expect(got[key], `${key} (seed ${seed})`).toEqual(want[key]);

    const db = new Database(killed, { readonly: true });
    const statuses = db.prepare('SELECT status FROM runs ORDER BY id').all() as Array<{ status: string }>;
    db.close();
    expect(statuses.at(-1)).toEqual({ status: 'done' });
    expect(statuses.slice(0, -1).every((s) => s.status === 'interrupted')).toBe(true);
  }, 600_000);
});
