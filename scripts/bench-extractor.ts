// Throughput of one extractor, in ms per KB of text, warm and cold, optionally interleaved with
// another build of the project (load on a shared machine varies: only interleaved runs compare).
//   npx tsc -p tsconfig.build.json && node dist/scripts/bench-extractor.js groups [inputs…]
//     [--rounds R (default 5)] [--runs N (warm passes per round, default 5)] [--against <other dist>]
//   node dist/scripts/bench-extractor.js --stage build [inputs…] [same options]
//     times document building (buildDocument: segmentation, metadata, era) from the raw inputs
//     instead of an extractor; the raw documents are read (not timed) by each build's own reader.
// Each round is a fresh node process per build (builds alternate, ABBA): the process builds the
// documents, imports the extractor, then times
//   cold: the first pass over every document (includes the extractor's lazy set-up: data
//         validation, tries, and its caches filling; not module import or document building);
//   warm: after one more warm-up pass, N passes (median per round).
// Separate processes, because two builds loaded in one process are not timed alike (the second
// loaded ran ~25 % slower than an identical first). Ratios are new / old, per round then median.
// Times are CPU time of the process (user + system, so GC threads count), not wall time.
// Inputs default to the reference set (scripts/extractor-inputs.ts). An extractor that reads earlier
// extractors' items (casualties, claims: `prior`) gets them computed once per document by the same
// build before any timing (scripts/extractor-inputs.ts extractorWithPrior): only the named extractor
// is timed.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_INPUTS, extractorWithPrior, loadDocuments, rawDocumentsOf, type Extract, type PriorMap } from './extractor-inputs.js';
import type { Document } from '../src/types.js';
import type { RawDocument } from '../src/document/raw.js';

const args = process.argv.slice(2);
const valued = ['--runs', '--rounds', '--against', '--child', '--stage'];
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
const stage = opt('--stage') ?? 'extract';
if (stage !== 'extract' && stage !== 'build') {
  console.error(`unknown --stage ${stage} (extract, build)`);
  process.exit(2);
}
const [name, ...given] = stage === 'build' ? ['build', ...positional] : positional;
if (!name) {
  console.error('usage: bench-extractor.js <extractor> [inputs…] [--rounds R] [--runs N] [--against <dist>]');
  process.exit(2);
}
const inputs = given.length ? given : DEFAULT_INPUTS;
const self = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** CPU time (user + system, ms) of one pass: the machine is shared, and waiting for a core is not the extractor's cost. */
function pass(extract: Extract, docs: readonly Document[], priors: readonly PriorMap[]): number {
  return timed(docs.length, (k) => extract(docs[k] as Document, priors[k] as PriorMap));
}
function timed(n: number, step: (k: number) => unknown): number {
  const t = process.cpuUsage();
  for (let k = 0; k < n; k++) step(k);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

// A child: build the documents, import, time the first pass, warm up, time N passes.
const childDist = opt('--child');
const runs = Number(opt('--runs') ?? 5);
if (childDist && stage === 'build') {
  // The stage timed is buildDocument of that build, over raw documents read by that build.
  const { raws, build: buildDocument } = await rawDocumentsOf(childDist, inputs);
  const bytes = raws.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const build = (k: number) => buildDocument(raws[k] as RawDocument);
  const cold = timed(raws.length, build);
  timed(raws.length, build);
  const warm: number[] = [];
  for (let r = 0; r < runs; r++) warm.push(timed(raws.length, build));
  process.stdout.write(JSON.stringify({ cold, warm, bytes }));
  process.exit(0);
}
if (childDist) {
  const { docs, bytes } = await loadDocuments(inputs);
  const { extract, priors } = await extractorWithPrior(childDist, name, docs);
  const cold = pass(extract, docs, priors);
  pass(extract, docs, priors);
  const warm: number[] = [];
  for (let r = 0; r < runs; r++) warm.push(pass(extract, docs, priors));
  process.stdout.write(JSON.stringify({ cold, warm, bytes }));
  process.exit(0);
}

const rounds = Number(opt('--rounds') ?? 5);
const against = opt('--against');
const builds: Array<{ label: string; dist: string }> = [{ label: 'new', dist: self }];
if (against) builds.unshift({ label: 'old', dist: resolve(against) });
const cold = new Map(builds.map((b) => [b.label, [] as number[]]));
const warm = new Map(builds.map((b) => [b.label, [] as number[]]));
let kb = 0;
for (let r = 0; r < rounds; r++) {
  for (const b of r % 2 ? [...builds].reverse() : builds) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...(stage === 'build' ? ['--stage', 'build'] : [name]), ...inputs, '--child', b.dist, '--runs', String(runs)], { encoding: 'utf8' });
    const res = JSON.parse(out) as { cold: number; warm: number[]; bytes: number };
    kb = res.bytes / 1024;
    (cold.get(b.label) as number[]).push(res.cold);
    (warm.get(b.label) as number[]).push(median(res.warm));
  }
}
console.log(`${name}: ${kb.toFixed(0)} KB per pass, ${rounds} rounds × (cold pass + ${runs} warm passes); ${builds.map((b) => `${b.label} = ${b.dist}`).join(', ')}`);
const fmt = (ms: number) => (ms / kb).toFixed(4);
function report(kind: string, times: Map<string, number[]>) {
  for (const b of builds) {
    const t = times.get(b.label) as number[];
    console.log(`  ${kind} ${b.label}: median ${fmt(median(t))} ms/KB  min ${fmt(Math.min(...t))}  rounds ${t.map(fmt).join(' ')}`);
  }
  if (builds.length === 2) {
    const o = times.get('old') as number[];
    const n = times.get('new') as number[];
    console.log(`  ${kind} new/old: median of paired ratios ${median(n.map((x, k) => x / (o[k] as number))).toFixed(3)}`);
  }
}
report('cold', cold);
report('warm', warm);
