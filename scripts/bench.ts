// Throughput benchmark (issue 15): builds a varied corpus of 10 MB and 50 MB (the bundled corpus, the
// FA-KES dev texts and the shared data's PolNeAR training texts and FA-KES JSONL, each copy altered so
// the content-hash dedupe keeps it), then reports on the same text:
//   - per stage, one core, in-process, over the whole first corpus: segmentation + metadata, each
//     extractor (through the pipeline's stage hook), cross-links and the database write — ms/KB over the
//     first --warm-mb (set-up, JIT and caches filling: what each worker pays once) and over the rest
//     (steady state: what an archive pays per KB), the steady figure against the issue's budgets;
//   - end to end (`communique ingest` in a child process, database included) with 1 and 2 workers:
//     MB/s, docs/s and peak RSS;
//   - chrono-node's casual parser alone on one core, and compromise's full tagging alone on one core
//     (on a sample, extrapolated).
//
//   npm run build && node dist/scripts/bench.js [--sizes 10,50] [--workers 1,2] [--sample-mb all] [--warm-mb 2]
//     [--compromise-kb 256] [--data /work/shared/data] [--json out.json] [--keep]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { buildDocument } from '../src/document/build.js';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/document/read.js';
import { runExtractors } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { StoreOp } from '../src/store/store.js';
import { defaultRegistry } from '../extractors/index.js';
import { MAX_DOCS } from '../src/commands/write-buffer.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const sizes = opt('sizes', '10,50').split(',').map(Number);
const workerCounts = opt('workers', '1,2').split(',').map(Number);
const sampleMb = Number(opt('sample-mb', 'Infinity'));
const warmMb = Number(opt('warm-mb', '2'));
const compromiseKb = Number(opt('compromise-kb', '256'));
const dataDir = opt('data', '/work/shared/data');
const jsonOut = args.includes('--json') ? opt('json', 'bench.json') : undefined;
const keep = args.includes('--keep');
const MB = 1e6;

// Issue 15's per-stage budgets, ms per KB on one core.
const BUDGETS: Record<string, number> = { 'segment+metadata': 0.03, groups: 0.04, dates: 0.12, casualties: 0.04, claims: 0.05, 'db write': 0.02 };

interface Source {
  text: string;
  published?: string;
  title?: string;
}

async function sources(): Promise<Source[]> {
  const out: Source[] = [];
  const dirs = [join(ROOT, 'corpus'), join(ROOT, 'fixtures/fakes-dev/texts'), join(dataDir, 'polnear-train/text')];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.error(`(skipping ${dir}: not found)`);
      continue;
    }
    for await (const r of readInputs([dir], { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) if (r.ok) out.push({ text: r.doc.text });
  }
  const fakes = join(dataDir, 'fakes-dev.jsonl');
  if (existsSync(fakes)) {
    for (const line of readFileSync(fakes, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { text: string; title?: string; date?: string };
      out.push({ text: r.text, ...(r.title ? { title: r.title } : {}) });
    }
  }
  // a fixed shuffle, so that any prefix of the corpus mixes every source
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as Source, out[i] as Source];
  }
  return out;
}

/** Copy k of a text: a different closing line, so every copy is a new document for the store. */
const alter = (text: string, k: number) => (k === 0 ? text : `${text}\n\n(Archive copy ${k}, item ${(k * 7919) % 100003}.)`);

interface Corpus {
  file: string;
  docs: number;
  bytes: number;
}

async function buildCorpus(dir: string, srcs: Source[], mb: number): Promise<Corpus> {
  const file = join(dir, `corpus-${mb}mb.jsonl`);
  const out = createWriteStream(file);
  let bytes = 0;
  let docs = 0;
  for (let k = 0; bytes < mb * MB; k++) {
    for (const s of srcs) {
      const text = alter(s.text, k);
      const line = `${JSON.stringify({ id: `b${docs}`, text, ...(s.title ? { title: s.title } : {}) })}\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
      bytes += Buffer.byteLength(text);
      docs++;
      if (bytes >= mb * MB) break;
    }
  }
  await new Promise<void>((r) => out.end(r));
  return { file, docs, bytes };
}

async function* corpusTexts(file: string, limitBytes = Infinity): AsyncGenerator<string> {
  let bytes = 0;
  for await (const r of readInputs([file], { format: 'jsonl', maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) continue;
    yield r.doc.text;
    bytes += Buffer.byteLength(r.doc.text);
    if (bytes >= limitBytes) return;
  }
}

const fmt = (n: number, d = 2) => n.toFixed(d);

/** Stage timings over one corpus, split at `warmMb`: the first megabytes (cold) and the rest (steady). */
async function stages(file: string, dir: string) {
  const cold = new Map<string, number>();
  const steady = new Map<string, number>();
  let bucket = cold;
  const add = (k: string, ms: number) => bucket.set(k, (bucket.get(k) ?? 0) + ms);
  const store = SqliteStore.open(join(dir, 'stages.db'), defaultRegistry, { mode: 'write' });
  const hooks = { stage: (name: string, ms: number) => add(name, ms) };
  let bytes = 0;
  let coldBytes = 0;
  let ops: StoreOp[] = [];
  const flush = async () => {
    const t = performance.now();
    await store.storeBatch(ops);
    add('db write', performance.now() - t);
    ops = [];
  };
  for await (const r of readInputs([file], { format: 'jsonl', maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) continue;
    const t = performance.now();
    const doc = buildDocument(r.doc);
    add('segment+metadata', performance.now() - t);
    const ex = runExtractors(doc, defaultRegistry, hooks);
    ops.push({ op: 'store', doc, extractions: ex, extractorVersion: 'bench', runId: null });
    if (ops.length >= MAX_DOCS) await flush();
    bytes += Buffer.byteLength(r.doc.text);
    if (bucket === cold && bytes >= warmMb * MB) {
      await flush();
      coldBytes = bytes;
      bucket = steady;
    }
    if (bytes >= sampleMb * MB) break;
  }
  await flush();
  await store.close();
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { bytes, coldBytes, cold, steady, coldTotal: sum(cold), steadyTotal: sum(steady) };
}

function endToEnd(corpus: Corpus, workers: number, dir: string) {
  const db = join(dir, `e2e-${workers}.db`);
  rmSync(db, { force: true });
  const child = `
    const { main } = await import(${JSON.stringify(join(ROOT, 'dist/src/cli.js'))});
    const t0 = performance.now();
    await main(['node', 'communique', 'ingest', ${JSON.stringify(corpus.file)}, '--db', ${JSON.stringify(db)}, '--workers', '${workers}']);
    process.stderr.write('BENCH ' + JSON.stringify({ ms: performance.now() - t0, maxRssKb: process.resourceUsage().maxRSS }) + '\\n');`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 64 * MB });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) throw new Error(`ingest with ${workers} workers failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const { ms, maxRssKb } = JSON.parse(line.slice(6)) as { ms: number; maxRssKb: number };
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  return { workers, seconds: ms / 1000, mbps: corpus.bytes / MB / (ms / 1000), docsps: corpus.docs / (ms / 1000), peakRssMb: maxRssKb / 1024, summary: r.stderr.split('\n').find((l) => l.startsWith('ingested')) ?? '' };
}

async function chronoAlone(file: string) {
  let bytes = 0;
  let ms = 0;
  let found = 0;
  const ref = new Date('2016-09-19T12:00:00Z');
  for await (const text of corpusTexts(file)) {
    const t = performance.now();
    found += chrono.casual.parse(text, ref).length;
    ms += performance.now() - t;
    bytes += Buffer.byteLength(text);
  }
  return { bytes, ms, found, mbps: bytes / MB / (ms / 1000), msPerKb: ms / (bytes / 1024) };
}

async function compromiseAlone(file: string) {
  let bytes = 0;
  let ms = 0;
  let terms = 0;
  nlp('Warm-up: the lexicon loads on the first call.');
  for await (const text of corpusTexts(file, compromiseKb * 1024)) {
    const t = performance.now();
    terms += nlp(text).terms().length; // nlp() tokenises and runs the full tagger
    ms += performance.now() - t;
    bytes += Buffer.byteLength(text);
  }
  return { bytes, ms, terms, mbps: bytes / MB / (ms / 1000), msPerKb: ms / (bytes / 1024) };
}

const dir = mkdtempSync(join(tmpdir(), 'communique-bench-'));
const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cores: (await import('node:os')).availableParallelism() };
try {
  const srcs = await sources();
  console.log(`sources: ${srcs.length} texts, ${fmt(srcs.reduce((n, s) => n + Buffer.byteLength(s.text), 0) / MB)} MB`);
  const corpora: Corpus[] = [];
  for (const mb of sizes) {
    const c = await buildCorpus(dir, srcs, mb);
    corpora.push(c);
    console.log(`corpus ${mb} MB: ${c.docs} documents, ${fmt(c.bytes / MB)} MB of text, ${fmt(statSync(c.file).size / MB)} MB on disk`);
  }
  const first = corpora[0] as Corpus;

  // per stage, one core
  const st = await stages(first.file, dir);
  const coldKb = st.coldBytes / 1024;
  const steadyKb = (st.bytes - st.coldBytes) / 1024;
  const perKb = (ms: number | undefined, kb: number) => (kb > 0 ? (ms ?? 0) / kb : NaN);
  console.log(`\nper stage, one core, in-process, on ${fmt(st.bytes / MB)} MB: the first ${fmt(st.coldBytes / MB)} MB (cold: set-up, JIT, caches) and the ${fmt((st.bytes - st.coldBytes) / MB)} MB after (steady, against the budgets):`);
  console.log(`  ${'stage'.padEnd(18)} ${'cold'.padStart(7)} ${'steady'.padStart(7)} ${'MB/s'.padStart(7)} ${'share'.padStart(6)} ${'budget'.padStart(7)}   (ms/KB)`);
  const stageRows: Record<string, { coldMsPerKb: number; msPerKb: number; mbps: number }> = {};
  for (const [k, ms] of [...st.steady].sort((a, b) => b[1] - a[1])) {
    const msPerKb = perKb(ms, steadyKb);
    const coldMsPerKb = perKb(st.cold.get(k), coldKb);
    stageRows[k] = { coldMsPerKb, msPerKb, mbps: 1000 / 1024 / msPerKb };
    const budget = BUDGETS[k];
    console.log(`  ${k.padEnd(18)} ${fmt(coldMsPerKb, 3).padStart(7)} ${fmt(msPerKb, 3).padStart(7)} ${fmt(stageRows[k].mbps).padStart(7)} ${`${fmt((100 * ms) / st.steadyTotal, 1)}%`.padStart(6)} ${budget === undefined ? '' : `${fmt(budget, 2).padStart(7)}${msPerKb <= budget ? '  ok' : `  ${fmt(msPerKb / budget, 1)}× over`}`}`);
  }
  const perCore = perKb(st.steadyTotal, steadyKb);
  console.log(`  ${'all'.padEnd(18)} ${fmt(perKb(st.coldTotal, coldKb), 3).padStart(7)} ${fmt(perCore, 3).padStart(7)} ${fmt(1000 / 1024 / perCore).padStart(7)}`);
  report.stages = { sampleBytes: st.bytes, coldBytes: st.coldBytes, coldMsPerKb: perKb(st.coldTotal, coldKb), msPerKb: perCore, rows: stageRows };

  // the references, one core, same text
  const ch = await chronoAlone(first.file);
  console.log(`\nchrono-node casual parser alone, one core, ${fmt(ch.bytes / MB)} MB: ${fmt(ch.mbps, 3)} MB/s (${fmt(ch.msPerKb, 3)} ms/KB, ${ch.found} dates)`);
  const co = await compromiseAlone(first.file);
  console.log(`compromise full tagging alone, one core, ${fmt(co.bytes / MB)} MB sample: ${fmt(co.mbps, 3)} MB/s (${fmt(co.msPerKb, 3)} ms/KB; ${fmt(first.bytes / MB / co.mbps, 0)} s extrapolated for ${fmt(first.bytes / MB, 0)} MB)`);
  report.chrono = ch;
  report.compromise = co;

  // end to end
  const e2e: Array<ReturnType<typeof endToEnd> & { mb: number }> = [];
  console.log('\nend to end (communique ingest, database included):');
  for (const c of corpora) {
    for (const w of workerCounts) {
      const r = { ...endToEnd(c, w, dir), mb: Math.round(c.bytes / MB) };
      e2e.push(r);
      console.log(
        `  ${String(r.mb).padStart(3)} MB, ${w} worker${w === 1 ? ' ' : 's'}: ${fmt(r.seconds, 1).padStart(6)} s  ${fmt(r.mbps, 3)} MB/s  ${fmt(r.docsps, 1)} docs/s  peak RSS ${fmt(r.peakRssMb, 0)} MB  ` +
          `(${fmt(r.mbps / ch.mbps)}× chrono, ${fmt(r.mbps / co.mbps, 1)}× compromise)`,
      );
    }
  }
  report.endToEnd = e2e;

  console.log('\ntargets (2 workers): ≥ 1.0× chrono alone (aim 1.5×), ≥ 30× compromise, peak RSS < 600 MB, 50 MB < 1.2× the memory of 10 MB');
  const two = e2e.filter((r) => r.workers === 2);
  for (const r of two) console.log(`  ${r.mb} MB: ${fmt(r.mbps / ch.mbps)}× chrono ${r.mbps >= ch.mbps ? 'ok' : 'MISSED'}, ${fmt(r.mbps / co.mbps, 1)}× compromise ${r.mbps >= 30 * co.mbps ? 'ok' : 'MISSED'}, peak RSS ${fmt(r.peakRssMb, 0)} MB ${r.peakRssMb < 600 ? 'ok' : 'MISSED'}`);
  const small = two.find((r) => r.mb === Math.round((corpora[0] as Corpus).bytes / MB));
  const big = two.find((r) => r !== small);
  if (small && big) console.log(`  memory ${big.mb} MB / ${small.mb} MB: ${fmt(big.peakRssMb / small.peakRssMb)} ${big.peakRssMb < 1.2 * small.peakRssMb ? 'ok' : 'MISSED'}`);
  console.log(`  one-core pipeline ${fmt(perCore, 3)} ms/KB (steady) vs ${fmt(2 * ch.msPerKb, 3)} ms/KB needed for 2 workers to match chrono alone (stage budgets add up to ${fmt(Object.values(BUDGETS).reduce((a, b) => a + b, 0), 2)})`);
  if (jsonOut) (await import('node:fs')).writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  if (keep) console.log(`(kept ${dir})`);
  else rmSync(dir, { recursive: true, force: true });
}
