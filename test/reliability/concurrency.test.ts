// One writer, many readers: queries run while an ingest writes (WAL); a second ingest into the same
// database is refused with a clear message and never corrupts it. Real processes, as users run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cliEnv, committed, runCli, tempDirs, waitFor, writeBatch } from './helpers.js';

const tmp = tempDirs('concurrency');
let dir: string;
let total: number;
beforeAll(() => {
  dir = tmp.make();
  total = writeBatch(join(dir, 'batch.jsonl'), 1_000_000);
});
afterAll(() => tmp.cleanup());

function start(args: string[]): { child: ChildProcess; exit: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['bin/communique.js', ...args], { env: cliEnv, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c) => (stderr += c));
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exit };
}

describe('concurrency', () => {
  it('reads while an ingest writes; a second ingest is refused and the first finishes intact', async () => {
    const db = join(dir, 'c.db');
    // The first ingest reads its JSONL from stdin, so it is still writing for as long as stdin is open,
    // however fast it commits: part of the batch now, the rest once the reader and the second ingest ran.
    const lines = readFileSync(join(dir, 'batch.jsonl'), 'utf8').split('\n').filter(Boolean);
    const held = 20;
    const first = start(['ingest', '-', '--input-format', 'jsonl', '--workers', '1', '--db', db]);
    first.child.stdin?.write(`${lines.slice(0, -held).join('\n')}\n`);
    // a group is committed at MAX_DOCS documents or after MAX_MS, so some are committed while stdin stays open
    expect(await waitFor(() => committed(db) >= 50, 60_000)).toBe(true);

    // a reader while the writer commits: show by JSONL id, and plain SQL
    const shown = runCli(['show', 'd1', '--db', db, '--format', 'json']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).id).toBe('d1');

    const second = runCli(['ingest', 'corpus/', '--db', db]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`${db} is being written by another communique ingest`);
    expect(second.stderr).toContain('wait for it to finish, or use another --db');

    const mid = committed(db);
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(total);
    first.child.stdin?.end(`${lines.slice(-held).join('\n')}\n`);
    const { code, stderr } = await first.exit;
    expect(code, stderr).toBe(0);

    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(check.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: total });
    // the refused ingest left no run behind
    expect(check.prepare('SELECT status, documents_new FROM runs').all()).toEqual([{ status: 'done', documents_new: total }]);
    check.close();

    // once the writer is gone the lock is free again
    expect(runCli(['ingest', 'corpus/', '--db', db]).code).toBe(0);
  }, 180_000);
});
