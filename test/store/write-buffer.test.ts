// Ingest's transaction groups (src/commands/write-buffer.ts): at most --commit-every documents each.
import { describe, expect, it } from 'vitest';
import { MAX_DOCS, WriteBuffer } from '../../src/commands/write-buffer.js';
import type { RunCounts, Store, StoreOp } from '../../src/store/store.js';
import type { Document } from '../../src/types.js';

function recordingStore(batches: StoreOp[][]): Store {
  return { storeBatch: async (ops: readonly StoreOp[]) => (batches.push([...ops]), ops.map((o) => (o.op === 'store' ? 'new' : undefined))) } as unknown as Store;
}
const counts = (): RunCounts => ({ documents_read: 0, documents_new: 0, documents_unchanged: 0, documents_reprocessed: 0, failures: 0 });
const doc = (i: number) => ({ id: `d${i}`, text: `text ${i}` }) as unknown as Document;

describe('write buffer', () => {
  it('commits at most maxDocs documents per transaction, touches and failures riding along, in input order', async () => {
    const batches: StoreOp[][] = [];
    const c = counts();
    const buf = new WriteBuffer(recordingStore(batches), c, 1, () => {}, 2);
    await buf.store(doc(1), {}, 'v');
    await buf.touch(doc(2));
    await buf.store(doc(3), {}, 'v');
    await buf.store(doc(4), {}, 'v');
    await buf.failure('bad.txt', 'empty file');
    await buf.store(doc(5), {}, 'v');
    await buf.flush();
    expect(batches.map((b) => b.map((o) => (o.op === 'failure' ? o.file : o.doc.id)))).toEqual([['d1', 'd2', 'd3'], ['d4', 'bad.txt', 'd5']]);
    expect(c.documents_new).toBe(4);
  });

  it('defaults to MAX_DOCS documents', async () => {
    const batches: StoreOp[][] = [];
    const buf = new WriteBuffer(recordingStore(batches), counts(), 1, () => {});
    for (let i = 0; i < MAX_DOCS + 1; i++) await buf.store(doc(i), {}, 'v');
    expect(batches.map((b) => b.length)).toEqual([MAX_DOCS]);
    await buf.flush();
    expect(batches.map((b) => b.length)).toEqual([MAX_DOCS, 1]);
  });

  it('commits an open group once it is maxMs old, even when no more input comes (a stalled stdin)', async () => {
    const batches: StoreOp[][] = [];
    const buf = new WriteBuffer(recordingStore(batches), counts(), 1, () => {}, 200, 30);
    await buf.store(doc(1), {}, 'v');
    await buf.store(doc(2), {}, 'v');
    expect(batches).toEqual([]);
    await new Promise((r) => setTimeout(r, 80));
    expect(batches.map((b) => b.length)).toEqual([2]);
    await buf.store(doc(3), {}, 'v');
    await buf.flush();
    expect(batches.map((b) => b.length)).toEqual([2, 1]);
  });

  it("a timed commit's error is thrown by the next call", async () => {
    const failing = { storeBatch: async () => { throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }); } } as unknown as Store;
    const buf = new WriteBuffer(failing, counts(), 1, () => {}, 200, 10);
    await buf.store(doc(1), {}, 'v');
    await new Promise((r) => setTimeout(r, 50));
    await expect(buf.store(doc(2), {}, 'v')).rejects.toThrow('disk full');
  });

  it('abandon stops the timer: the open group is not committed', async () => {
    const batches: StoreOp[][] = [];
    const buf = new WriteBuffer(recordingStore(batches), counts(), 1, () => {}, 200, 10);
    await buf.store(doc(1), {}, 'v');
    buf.abandon();
    await new Promise((r) => setTimeout(r, 40));
    expect(batches).toEqual([]);
  });
});
