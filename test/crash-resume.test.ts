// A kill mid-batch leaves the database consistent, and re-running resumes to the same state as a
// clean run: every document either fully stored or absent, none duplicated — in the main thread and
// with two worker threads (batched writer transactions, results written in input order).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-crash-'));
  const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('corpus', f), 'utf8'));
  // enough distinct documents that the kill lands mid-batch
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) lines.push(JSON.stringify({ id: `d${i}`, text: `${texts[i % texts.length]}\n\nCopy ${i}.` }));
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ingestArgs = (db: string, workers: number) => ['bin/communique.js', 'ingest', join(dir, 'batch.jsonl'), '--db', db, '--workers', String(workers)];

function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  const q = (sql: string) => db.prepare(sql).all();
  const state = {
    documents: q('SELECT id, external_id, extractor_version FROM documents ORDER BY id'),
    dates: q('SELECT document_id, idx, start, "end", value FROM dates ORDER BY document_id, idx'),
    casualties: q('SELECT document_id, idx, start, "end", count FROM casualties ORDER BY document_id, idx'),
    groups: q('SELECT document_id, idx, start, "end", group_id FROM group_mentions ORDER BY document_id, idx'),
    claims: q('SELECT document_id, idx, start, "end", kind FROM claims ORDER BY document_id, idx'),
    orphans: q(`SELECT (SELECT count(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)) +
                       (SELECT count(*) FROM dates WHERE document_id NOT IN (SELECT id FROM documents)) AS n`),
    integrity: q('PRAGMA integrity_check'),
  };
  db.close();
  return state;
}

describe('crash safety', () => {
  let clean: string;
  beforeAll(() => {
    clean = join(dir, 'clean.db');
    expect(spawnSync(process.execPath, ingestArgs(clean, 0), { env: { ...process.env, CI: 'true' } }).status).toBe(0);
  }, 180_000);

  it.each([0, 2])('resumes after SIGKILL to the same database as a clean run (--workers %i)', async (workers) => {
    const killed = join(dir, `killed-${workers}.db`);
    const child = spawn(process.execPath, ingestArgs(killed, workers), { env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
    // wait until some documents are committed, then kill without warning
    const deadline = Date.now() + 120_000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      if (!existsSync(killed)) continue;
      try {
        const db = new Database(killed, { readonly: true });
        const n = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
        db.close();
        if (n >= 20 || Date.now() > deadline) break;
      } catch {
        // schema not there yet
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const partial = snapshot(killed);
    expect(partial.integrity).toEqual([{ integrity_check: 'ok' }]);
    expect(partial.documents.length).toBeGreaterThan(0);
    expect(partial.documents.length).toBeLessThan(400);

    const resumed = spawnSync(process.execPath, ingestArgs(killed, workers), { env: { ...process.env, CI: 'true' }, encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expect(snapshot(killed)).toEqual(snapshot(clean));
    const db = new Database(killed, { readonly: true });
    expect(db.prepare('SELECT status FROM runs ORDER BY id').all()).toEqual([{ status: 'interrupted' }, { status: 'done' }]);
    db.close();
  }, 180_000);
});
