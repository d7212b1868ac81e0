// Ctrl-C stops after the current document, marks the run interrupted and says how to resume; running
// the same command again finishes the batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cliEnv, committed, tempDirs, waitFor, writeBatch } from './helpers.js';

const tmp = tempDirs('sigint');
let dir: string;
let total: number;
beforeAll(() => {
  dir = tmp.make();
  total = writeBatch(join(dir, 'batch.jsonl'), 1_000_000);
});
afterAll(() => tmp.cleanup());

describe('SIGINT', () => {
  it('stops after the current document, marks the run interrupted, prints how to resume', async () => {
    const db = join(dir, 'i.db');
    const args = ['bin/communique.js', 'ingest', join(dir, 'batch.jsonl'), '--db', db];
    const child = spawn(process.execPath, args, { env: cliEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(await waitFor(() => committed(db) >= 3, 60_000)).toBe(true);
    child.kill('SIGINT');
    const code = await exit;
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('stopping after the current document');
    expect(stderr).toContain('interrupted: stopped after the current document; run the same command again to resume');

    const raw = new Database(db, { readonly: true });
    const run = raw.prepare('SELECT status, documents_new, finished_at FROM runs').get() as { status: string; documents_new: number; finished_at: string | null };
    const stored = (raw.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    raw.close();
    expect(run.status).toBe('interrupted');
    expect(run.finished_at).not.toBeNull();
    expect(run.documents_new).toBe(stored); // the counts say what was committed
    expect(stored).toBeLessThan(total);

    const resumed = spawnSync(process.execPath, args, { env: cliEnv, encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`${total} documents read, ${total - stored} new, 0 reprocessed, ${stored} unchanged, 0 failed`));
    const after = new Database(db, { readonly: true });
    expect(after.prepare('SELECT status FROM runs ORDER BY id').all()).toEqual([{ status: 'interrupted' }, { status: 'done' }]);
    after.close();
  }, 180_000);
});
