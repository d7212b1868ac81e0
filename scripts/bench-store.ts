// Writer CPU alone: extracts the inputs once, then stores them as ingest does (MAX_DOCS per
// transaction) and reports the CPU time of the writes only — the number to compare between builds.
//   npm run build && node dist/scripts/bench-store.js [inputs…] [--repeat N]
// Inputs default to corpus/; each document is repeated N times (default 3) with a distinct suffix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/document/read.js';
import { buildDocument } from '../src/document/build.js';
import { defaultRegistry } from '../extractors/index.js';
import { runExtractors } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { StoreOp } from '../src/store/store.js';
import { MAX_DOCS } from '../src/commands/write-buffer.js';

const args = process.argv.slice(2);
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 3;
const inputs = args.filter((a, i) => !a.startsWith('--') && i !== repeatAt + 1);

const ops: StoreOp[] = [];
let bytes = 0;
for (let i = 0; i < repeat; i++) {
  for await (const r of readInputs(inputs.length ? inputs : ['corpus'], { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) continue;
    const { id: _, ...rest } = r.doc; // a new text, so a new id
    const doc = buildDocument({ ...rest, text: `${r.doc.text}\n\n(${i})` });
    bytes += Buffer.byteLength(doc.text);
    ops.push({ op: 'store', doc, extractions: runExtractors(doc, defaultRegistry), extractorVersion: 'bench', runId: null });
  }
}
const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
const store = SqliteStore.open(join(dir, 'bench.db'), defaultRegistry, { mode: 'write' });
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < ops.length; i += MAX_DOCS) await store.storeBatch(ops.slice(i, i + MAX_DOCS));
const cpu = process.cpuUsage(cpu0);
const wall = performance.now() - t0;
await store.close();
rmSync(dir, { recursive: true, force: true });
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`${ops.length} documents, ${(bytes / 1e6).toFixed(2)} MB stored: writer CPU ${cpuMs.toFixed(0)} ms (${(cpuMs / (bytes / 1024)).toFixed(3)} ms/KB), wall ${wall.toFixed(0)} ms`);
