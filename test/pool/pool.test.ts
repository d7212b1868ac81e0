// The extraction pool's mechanism, with a toy worker: results in order, and a worker that dies, hangs
// or throws fails only the document it was on (with the reason); the batch and the pool go on.
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ExtractPool } from '../../src/pool/pool.js';
import type { RawDocument } from '../../src/document/raw.js';

const toy = fileURLToPath(new URL('./fixtures/toy-worker.mjs', import.meta.url));
const raw = (text: string): RawDocument => ({ text, format: 'text', file: `${text}.txt`, hints: {} });
const texts = (results: Awaited<ReturnType<ExtractPool['run']>>) => results.map((r) => (r.ok ? r.doc.text : `× ${r.reason}`));

describe('extraction pool', () => {
  const pool = new ExtractPool({ workers: 2, docTimeoutMs: 400, filename: toy });
  afterAll(() => pool.close());

  it('returns one result per document, in order, across concurrent batches', async () => {
    const batches = Array.from({ length: 6 }, (_, b) => Array.from({ length: 5 }, (_, i) => raw(`doc ${b}.${i}`)));
    const results = await Promise.all(batches.map((docs) => pool.run(docs)));
    expect(results.map(texts)).toEqual(batches.map((docs) => docs.map((d) => d.text)));
  });

  it('a worker that dies fails only the document it was on; the rest of the batch is done on a new worker', async () => {
    const results = await pool.run([raw('a'), raw('b CRASH'), raw('c'), raw('d')]);
    expect(texts(results)).toEqual(['a', expect.stringMatching(/^× worker died: .*exit/i), 'c', 'd']);
    // the pool is whole again
    expect(texts(await pool.run([raw('e'), raw('f')]))).toEqual(['e', 'f']);
  });

  it('a document over the time budget is failed, its worker stopped and replaced', async () => {
    const t0 = Date.now();
    const results = await pool.run([raw('a'), raw('b'), raw('HANG'), raw('d')]);
    expect(texts(results)).toEqual(['a', 'b', '× exceeded the time budget of 0.4 s per document (worker stopped and replaced)', 'd']);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(texts(await pool.run([raw('e')]))).toEqual(['e']);
  });

  it('an exception thrown out of the task fails that document; failures the worker reports pass through', async () => {
    const results = await pool.run([raw('THROW'), raw('b FAIL'), raw('c')]);
    expect(texts(results)).toEqual(['× worker died: thrown out of the task', '× extraction failed: toy', 'c']);
  });

  it('several bad documents in one batch, and every document bad', async () => {
    expect(texts(await pool.run([raw('CRASH 1'), raw('ok'), raw('CRASH 2'), raw('HANG')]))).toEqual([
      expect.stringMatching(/^× worker died/),
      'ok',
      expect.stringMatching(/^× worker died/),
      expect.stringMatching(/^× exceeded the time budget/),
    ]);
    expect(pool.workerFailures).toBeGreaterThanOrEqual(5);
  });
});

describe('a worker module that cannot start', () => {
  it('fails each document with the reason instead of hanging', async () => {
    const pool = new ExtractPool({ workers: 1, filename: fileURLToPath(new URL('./fixtures/no-such-worker.mjs', import.meta.url)) });
    try {
      const results = await pool.run([raw('a'), raw('b')]);
      expect(results.every((r) => !r.ok)).toBe(true);
      // later batches fail at once with the reason, and the pool's error does not go unhandled
      const again = await Promise.all([pool.run([raw('c')]), pool.run([raw('d')])]);
      expect(again.flat().map((r) => (r.ok ? 'ok' : r.reason))).toEqual([expect.stringMatching(/^worker (cannot start|died)/), expect.stringMatching(/^worker (cannot start|died)/)]);
    } finally {
      await pool.close();
    }
  });
});
