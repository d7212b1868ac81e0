// Output does not depend on the number of workers: extract --format jsonl on the corpus and the FA-KES
// texts gives the same bytes in the main thread and on 1 and 2 worker threads (the compiled bin).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (workers: number) =>
  spawnSync(process.execPath, ['bin/communique.js', 'extract', 'corpus/', 'fixtures/fakes-dev/texts/', '--format', 'jsonl', '--with-text', '--workers', String(workers)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC', CI: 'true' },
  });

describe('worker count', () => {
  it('gives byte-identical JSONL with --workers 0, 1 and 2', () => {
    const [inProcess, one, two] = [0, 1, 2].map(run);
    for (const r of [inProcess, one, two]) expect(r?.status, r?.stderr).toBe(0);
    expect(inProcess?.stdout.trim().split('\n').length).toBeGreaterThan(25);
    expect(one?.stdout).toBe(inProcess?.stdout);
    expect(two?.stdout).toBe(inProcess?.stdout);
  }, 180_000);
});
