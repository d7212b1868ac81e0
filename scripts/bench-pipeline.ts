// Throughput of the pipeline and where the time goes: segmentation, each extractor, the database.
//   npm run build && node dist/scripts/bench-pipeline.js [inputs…] [--repeat N] [--db]
// Inputs default to corpus/. Each document is repeated N times with a distinct suffix so every copy
// is a new document for the database; with --db they are stored as ingest stores them (grouped).
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/document/read.js';
import { buildDocument } from '../src/document/build.js';
import { defaultRegistry } from '../extractors/index.js';
import { runExtractors } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { RawDocument } from '../src/document/raw.js';
import type { StoreOp } from '../src/store/store.js';
import { MAX_DOCS } from '../src/commands/write-buffer.js';

const args = process.argv.slice(2);
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 20;
const withDb = args.includes('--db');
const inputs = args.filter((a, i) => !a.startsWith('--') && i !== repeatAt + 1);

const raws: RawDocument[] = [];
for await (const r of readInputs(inputs.length ? inputs : ['corpus'], { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) if (r.ok) raws.push(r.doc);

const timings = new Map<string, number>();
const add = (k: string, ms: number) => timings.set(k, (timings.get(k) ?? 0) + ms);
const dir = withDb ? mkdtempSync(join(tmpdir(), 'communique-bench-')) : '';
const store = withDb ? SqliteStore.open(join(dir, 'bench.db'), defaultRegistry, { mode: 'write' }) : undefined;
const hooks = { stage: (name: string, ms: number) => add(name === 'links' ? 'link' : `extract:${name}`, ms) };

// written as ingest writes: MAX_DOCS documents per transaction
let ops: StoreOp[] = [];
const flush = async () => {
  if (!store || ops.length === 0) return;
  const t = performance.now();
  await store.storeBatch(ops);
  add('sqlite', performance.now() - t);
  ops = [];
};

let bytes = 0;
let docs = 0;
const t0 = performance.now();
for (let i = 0; i < repeat; i++) {
  for (const raw of raws) {
    const { id: _, ...rest } = raw; // a new text, so a new id
    const copy = { ...rest, text: `${raw.text}\n\n(${i})` };
    bytes += Buffer.byteLength(copy.text);
    docs++;
    let t = performance.now();
    const doc = buildDocument(copy);
    add('segment+metadata', performance.now() - t);
    const linked = runExtractors(doc, defaultRegistry, hooks);
    if (store) {
      ops.push({ op: 'store', doc, extractions: linked, extractorVersion: 'bench', runId: null });
      if (ops.length >= MAX_DOCS) await flush();
    }
  }
}
await flush();
const total = performance.now() - t0;
await store?.close();
if (dir) rmSync(dir, { recursive: true, force: true });

console.log(`${docs} documents, ${(bytes / 1e6).toFixed(2)} MB in ${(total / 1000).toFixed(2)} s: ${(docs / (total / 1000)).toFixed(1)} docs/s, ${(bytes / 1e6 / (total / 1000)).toFixed(3)} MB/s`);
for (const [k, ms] of [...timings].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${k.padEnd(22)} ${(ms / 1000).toFixed(3)} s  ${((100 * ms) / total).toFixed(1)}%  ${(ms / (bytes / 1024)).toFixed(3)} ms/KB`);
}
