// Query and web-page latency on a database of 100,000+ claims.
//   npm run build && node dist/scripts/bench-queries.js [--db PATH] [--claims N] [--runs N] [--data DIR]
// Builds the database once (kept at --db, default a temp file): corpus/, fixtures/fakes-dev/texts,
// and from the shared data (default ../shared/data) the FA-KES articles and the PolNeAr dev texts run
// through the pipeline; then every stored document is replicated with a new id, a publication date
// moved by whole weeks and its figures changed a little, through the store's writer, until the
// database holds N claims (default 100,000). Prints the median and p95 of each query shape and page.
import { performance } from 'node:perf_hooks';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/document/read.js';
import { buildDocument } from '../src/document/build.js';
import { defaultRegistry } from '../extractors/index.js';
import { loadGazetteer } from '../extractors/groups/gazetteer.js';
import { runExtractors, type Extractions } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { openStore } from '../src/store/open.js';
import { createApp } from '../src/web/app.js';
import type { Document } from '../src/types.js';
import type { Store } from '../src/store/store.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] as string) : dflt;
};
const target = Number(opt('--claims', '100000'));
const runs = Number(opt('--runs', '15'));
const data = opt('--data', '../shared/data');
const dbPath = opt('--db', join(mkdtempSync(join(tmpdir(), 'communique-bench-q-')), 'bench.db'));

async function build(): Promise<void> {
  const t0 = performance.now();
  const store = SqliteStore.open(dbPath, defaultRegistry, { mode: 'write' });
  const inputs = ['corpus', 'fixtures/fakes-dev/texts', join(data, 'fakes-dev.jsonl'), join(data, 'polnear-dev/text')].filter(existsSync);
  const base: Array<{ doc: Document; ex: Extractions }> = [];
  for await (const r of readInputs(inputs, { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) continue;
    const doc = buildDocument(r.doc);
    const ex = runExtractors(doc, defaultRegistry);
    base.push({ doc, ex });
    await store.storeDocument(doc, ex, defaultRegistry.version, null);
  }
  const perRound = base.reduce((n, b) => n + (b.ex.claims?.length ?? 0), 0);
  process.stderr.write(`base: ${base.length} documents, ${perRound} claims (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  let claims = perRound;
  let round = 0;
  const batch = store.db.transaction((r: number) => {
    for (const { doc, ex } of base) {
      const published = doc.meta.published?.value;
      const shifted = published ? new Date(Date.parse(published.slice(0, 10)) + 7 * 86_400_000 * (r % 150)).toISOString().slice(0, 10) : undefined;
      const copy: Document = {
        ...doc,
        id: createHash('sha256').update(`${doc.id}:${r}`).digest('hex').slice(0, 16),
        externalId: doc.externalId ? `${doc.externalId}-r${r}` : undefined,
        file: doc.file ? `${doc.file}#${r}` : undefined,
        meta: { ...doc.meta, ...(shifted ? { published: { value: shifted, origin: 'option' as const } } : {}) },
      };
      if (copy.externalId === undefined) delete copy.externalId;
      if (copy.file === undefined) delete copy.file;
      const cas = (ex.casualties ?? []).map((c) => {
        const k = c as unknown as { count: number; low: number; high: number };
        const d = (r * 7) % 11;
        return { ...c, count: k.count + d, low: k.low + d, high: k.high + d };
      });
      void store.storeDocument(copy, { ...ex, casualties: cas }, defaultRegistry.version, null);
    }
  });
  while (claims < target) {
    batch(++round);
    claims += perRound;
  }
  await store.close();
  process.stderr.write(`built ${dbPath}: ${claims} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

async function time(label: string, fn: () => Promise<unknown>, budget: number): Promise<boolean> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] as number;
  const p95 = ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] as number;
  const ok = median < budget;
  process.stdout.write(`${label.padEnd(58)} ${median.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  ${ok ? 'ok' : `OVER ${budget} ms`}\n`);
  return ok;
}

if (!existsSync(dbPath)) await build();
const aliases = loadGazetteer().entries.map((e) => ({ id: e.id, name: e.name, aliases: [...e.aliases] }));
const store: Store = await openStore(dbPath, defaultRegistry, { mode: 'read', aliases });
const totals = await store.totals();
process.stdout.write(`${dbPath}: ${Object.entries(totals).map(([k, n]) => `${n} ${k}`).join(', ')}\n\n`);

const queries: Array<[string, () => Promise<unknown>]> = [
  ['claims (newest first)', () => store.claims({ limit: 50 })],
  ['claims --speaker "Sergei Lavrov"', () => store.claims({ speaker: 'Sergei Lavrov', limit: 50 })],
  ['claims --speaker "Russian Defence Ministry" --from 2016-02', () => store.claims({ speaker: 'Russian Defence Ministry', from: '2016-02', limit: 50 })],
  ['claims --group "Nusra Front"', () => store.claims({ group: 'Nusra Front', limit: 50 })],
  ['claims --from 2016-03 --to 2016-06 --kind direct', () => store.claims({ from: '2016-03', to: '2016-06', kind: 'direct', limit: 50 })],
  ['claims --with-figures --source tass', () => store.claims({ withFigures: true, source: 'tass', limit: 50 })],
  ['claims --search ceasefire', () => store.claims({ search: 'ceasefire', limit: 50 })],
  ['claims --search hotline (document text only)', () => store.claims({ search: 'hotline', limit: 50 })],
  ['claims --search "civilians killed" --speaker Lavrov', () => store.claims({ search: '"civilians" AND killed', speaker: 'Lavrov', limit: 50 })],
  ['claims --sort speaker --offset 5000', () => store.claims({ sort: 'speaker', offset: 5000, limit: 50 })],
  ['casualties --outcome killed --category civilians', () => store.casualties({ outcome: 'killed', category: 'civilians', limit: 50 })],
  ['casualties --outcome killed --place Aleppo', () => store.casualties({ outcome: 'killed', place: 'Aleppo', limit: 50 })],
  ['casualties --from 2016-02 --min 100 --speaker Shoigu', () => store.casualties({ from: '2016-02', min: 100, speaker: 'Shoigu', limit: 50 })],
  ['conflicts', () => store.conflicts({ limit: 20 })],
  ['conflicts --unplaced --category civilians', () => store.conflicts({ unplaced: true, category: 'civilians', limit: 20 })],
  ['groups', () => store.groups({ limit: 50 })],
  ['groups --group "al-Nusra"', () => store.groups({ group: 'al-Nusra', limit: 50 })],
  ['speakers', () => store.speakers({ limit: 50 })],
  ['documents', () => store.documents({ limit: 50 })],
  ['documents --search "ceasefire OR truce"', () => store.documents({ search: 'ceasefire OR truce', limit: 50 })],
];
let ok = true;
process.stdout.write('query (median of runs; budget 100 ms)\n');
for (const [label, fn] of queries) ok = (await time(label, fn, 100)) && ok;

const app = createApp(store, defaultRegistry);
const someDoc = (await store.documents({ limit: 1, search: 'ceasefire' })).rows[0]?.id ?? '';
const pages = ['/', '/claims?q=ceasefire', '/claims?speaker=Lavrov&group=Nusra', `/documents/${someDoc}`, '/speakers', '/groups', '/conflicts', '/conflicts?unplaced=1', '/casualties?outcome=killed&category=civilians', '/casualties?place=Aleppo', '/documents?q=ceasefire', '/api/claims?q=ceasefire'];
process.stdout.write('\npage (median of runs; budget 200 ms)\n');
for (const url of pages) {
  ok =
    (await time(
      `GET ${url}`,
      async () => {
        const r = await app.request(url);
        if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
        await r.text();
      },
      200,
    )) && ok;
}
await store.close();
process.exitCode = ok ? 0 : 1;
