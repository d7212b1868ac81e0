// The batch runner over the pool: input order kept across batches and workers, read failures and
// worker failures in their place, a consumer that stops early leaves no thread behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../../src/batch.js';
import { buildRegistry } from '../../src/registry.js';
import { DEFAULT_MAX_BYTES } from '../../src/document/read.js';

const toy = fileURLToPath(new URL('./fixtures/toy-worker.mjs', import.meta.url));
const registry = buildRegistry([]);
let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-batch-'));
  file = join(dir, 'docs.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    if (i === 7) lines.push('{not json');
    else if (i === 50) lines.push(JSON.stringify({ id: 'bad', text: 'this one CRASHes its worker' }));
    else if (i === 90) lines.push(JSON.stringify({ id: 'slow', text: 'this one HANGs' }));
    else lines.push(JSON.stringify({ id: `d${i}`, text: `document ${i}` }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opts = { format: 'auto' as const, maxBytes: DEFAULT_MAX_BYTES, registry, workerFile: toy, docTimeoutMs: 300, batchDocs: 4 };

describe('runBatch on worker threads', () => {
  it('yields every input in order, failures in their place', async () => {
    const out: string[] = [];
    for await (const item of runBatch([file], { ...opts, workers: 2 })) out.push(item.ok ? item.doc.text : `× ${item.file}: ${item.reason}`);
    expect(out).toHaveLength(120);
    expect(out[0]).toBe('document 0');
    expect(out[7]).toMatch(/^× .*docs\.jsonl:8: invalid JSON/);
    expect(out[50]).toMatch(/^× .*docs\.jsonl \(bad\): worker died/);
    expect(out[90]).toMatch(/^× .*docs\.jsonl \(slow\): exceeded the time budget/);
    expect(out[119]).toBe('document 119');
    expect(out.filter((o) => !o.startsWith('×'))).toEqual(Array.from({ length: 120 }, (_, i) => `document ${i}`).filter((_, i) => ![7, 50, 90].includes(i)));
  });

  it('skips documents the caller says are done, without sending them to a worker', async () => {
    const seen: string[] = [];
    for await (const item of runBatch([file], { ...opts, workers: 1, skip: () => true })) if (item.ok) seen.push(item.skipped ? 'skipped' : 'extracted');
    expect(new Set(seen)).toEqual(new Set(['skipped']));
  });

  it('stops cleanly when the consumer breaks off', async () => {
    let n = 0;
    for await (const item of runBatch([file], { ...opts, workers: 2 })) {
      if (item.ok && ++n === 10) break;
    }
    expect(n).toBe(10);
  });
});
