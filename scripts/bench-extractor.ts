// Throughput of one extractor, in ms per KB of text, warm and cold, optionally interleaved with
// another build of the project (load on a shared machine varies: only interleaved runs compare).
//   npx tsc -p tsconfig.build.json && node dist/scripts/bench-extractor.js groups [inputs…]
//     [--runs N (warm passes, default 9)] [--cold N (cold processes per build, default 5)] [--against <other dist>]
// warm: a warm-up pass, then N timed passes over every document (median, min).
// cold: a fresh node process per run; the timed first pass includes the extractor's lazy set-up
//       (data validation, tries) but not module import or document building.
// With --against, each round runs both builds, in alternating order; ratios are new / old.
// Inputs default to the reference set (scripts/extractor-inputs.ts); documents are built once by this build.
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_INPUTS, loadDocuments } from './extractor-inputs.js';
import type { Document } from '../src/types.js';

type Extract = (d: Document) => unknown[];
const args = process.argv.slice(2);
const valued = ['--runs', '--cold', '--against', '--cold-child'];
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
const [name, ...given] = positional;
if (!name) {
  console.error('usage: bench-extractor.js <extractor> [inputs…] [--runs N] [--cold N] [--against <dist>]');
  process.exit(2);
}
const inputs = given.length ? given : DEFAULT_INPUTS;
const self = resolve(fileURLToPath(new URL('..', import.meta.url)));

async function extractorOf(dist: string): Promise<Extract> {
  const reg = (await import(pathToFileURL(`${dist}/extractors/index.js`).href)) as { extractors: ReadonlyArray<{ name: string; extract: Extract }> };
  const ex = reg.extractors.find((e) => e.name === name);
  if (!ex) throw new Error(`no extractor ${name} in ${dist}`);
  return ex.extract;
}

function pass(extract: Extract, docs: readonly Document[]): number {
  const t = performance.now();
  for (const d of docs) extract(d);
  return performance.now() - t;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

// A cold child: build the documents, import, then time the first pass only.
const childDist = opt('--cold-child');
if (childDist) {
  const { docs } = await loadDocuments(inputs);
  const extract = await extractorOf(childDist);
  process.stdout.write(JSON.stringify({ ms: pass(extract, docs) }));
  process.exit(0);
}

const { docs, bytes } = await loadDocuments(inputs);
const kb = bytes / 1024;
const runs = Number(opt('--runs') ?? 9);
const coldRuns = Number(opt('--cold') ?? 5);
const against = opt('--against');
const builds: Array<{ label: string; dist: string }> = [{ label: 'new', dist: self }];
if (against) builds.unshift({ label: 'old', dist: resolve(against) });
console.log(`${name}: ${docs.length} documents, ${kb.toFixed(0)} KB; ${builds.map((b) => `${b.label} = ${b.dist}`).join(', ')}`);

const fmt = (ms: number) => (ms / kb).toFixed(4);
function report(kind: string, times: Map<string, number[]>) {
  for (const b of builds) {
    const t = times.get(b.label) as number[];
    console.log(`  ${kind} ${b.label}: median ${fmt(median(t))} ms/KB  min ${fmt(Math.min(...t))}  (n=${t.length})`);
  }
  if (builds.length === 2) {
    const o = times.get('old') as number[];
    const n = times.get('new') as number[];
    const ratios = n.map((x, k) => x / (o[k] as number));
    console.log(`  ${kind} new/old: ratio of medians ${(median(n) / median(o)).toFixed(3)}, median of paired ratios ${median(ratios).toFixed(3)}`);
  }
}

if (coldRuns > 0) {
  const times = new Map(builds.map((b) => [b.label, [] as number[]]));
  for (let r = 0; r < coldRuns; r++) {
    const order = r % 2 ? [...builds].reverse() : builds;
    for (const b of order) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), name, ...inputs, '--cold-child', b.dist], { encoding: 'utf8' });
      (times.get(b.label) as number[]).push((JSON.parse(out) as { ms: number }).ms);
    }
  }
  report('cold', times);
}

if (runs > 0) {
  const extracts = new Map<string, Extract>();
  for (const b of builds) extracts.set(b.label, await extractorOf(b.dist));
  for (const b of builds) pass(extracts.get(b.label) as Extract, docs); // warm-up
  const times = new Map(builds.map((b) => [b.label, [] as number[]]));
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? [...builds].reverse() : builds;
    for (const b of order) (times.get(b.label) as number[]).push(pass(extracts.get(b.label) as Extract, docs));
  }
  report('warm', times);
}
