// The database write alone, on prepared documents: where the single writer's time goes.
//   npm run build
//   node dist/scripts/bench-write.js prepare OUT.json [inputs…] [--repeat N]   # extract once, save documents + extractions
//   node dist/scripts/bench-write.js run OUT.json [--dist DIR] [--reprocess]    # store them as ingest does (batches of MAX_DOCS)
// `run` reports the writer's CPU time (process.cpuUsage) and wall time per KB of text. --dist points at
// another build's dist/ (e.g. main's) so two schemas can be compared on the same prepared input;
// --reprocess stores everything a second time with another extractor version (delete + re-insert).
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, file, ...rest] = process.argv.slice(2);
const opt = (name: string) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};

if (mode === 'prepare') {
  const { readInputs, DEFAULT_MAX_BYTES } = await import('../src/document/read.js');
  const { buildDocument } = await import('../src/document/build.js');
  const { defaultRegistry } = await import('../extractors/index.js');
  const { runExtractors } = await import('../src/pipeline.js');
  const repeat = Number(opt('--repeat') ?? 1);
  const inputs = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--repeat');
  const out: unknown[] = [];
  for (let i = 0; i < repeat; i++) {
    for await (const r of readInputs(inputs.length ? inputs : ['corpus'], { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) {
      if (!r.ok) continue;
      const { id: _, ...raw } = r.doc;
      const doc = buildDocument(i ? { ...raw, text: `${raw.text}\n\n(${i})` } : raw);
      out.push({ doc, extractions: runExtractors(doc, defaultRegistry) });
    }
  }
  writeFileSync(file!, JSON.stringify(out));
  console.log(`${out.length} documents prepared in ${file}`);
} else if (mode === 'run') {
  const dist = resolve(opt('--dist') ?? join(import.meta.dirname, '..'));
  const { SqliteStore } = await import(pathToFileURL(join(dist, 'src/store/sqlite/index.js')).href);
  const { defaultRegistry } = await import(pathToFileURL(join(dist, 'extractors/index.js')).href);
  const { MAX_DOCS } = await import(pathToFileURL(join(dist, 'src/commands/write-buffer.js')).href);
  const profile = new Map<string, { n: number; ms: number }>();
  if (rest.includes('--profile')) {
    // per-statement CPU time (a statement's triggers count with it); JS outside statements is the remainder
    const Database = (await import('better-sqlite3')).default;
    const prepare = Database.prototype.prepare;
    Database.prototype.prepare = function (this: unknown, sql: string) {
      const st = prepare.call(this as never, sql);
      const key = sql.replace(/\s+/g, ' ').slice(0, 90);
      for (const m of ['run', 'get', 'all'] as const) {
        const f = (st as never as Record<string, (...a: unknown[]) => unknown>)[m]!;
        (st as never as Record<string, unknown>)[m] = (...a: unknown[]) => {
          const t = process.cpuUsage();
          try {
            return f.apply(st, a);
          } finally {
            const e = profile.get(key) ?? { n: 0, ms: 0 };
            e.n++;
            const d = process.cpuUsage(t);
            e.ms += (d.user + d.system) / 1000;
            profile.set(key, e);
          }
        };
      }
      return st;
    } as never;
  }
  const prepared = JSON.parse(readFileSync(file!, 'utf8')) as Array<{ doc: { text: string }; extractions: unknown }>;
  const bytes = prepared.reduce((n, p) => n + Buffer.byteLength(p.doc.text), 0);
  const dir = mkdtempSync(join(tmpdir(), 'communique-bw-'));
  const store = SqliteStore.open(join(dir, 'bench.db'), defaultRegistry, { mode: 'write' });
  // what-if: SQL run on the opened database before the timed stores (e.g. --sql 'DROP INDEX x')
  if (opt('--sql')) store.db.exec(opt('--sql'));
  const passes = rest.includes('--reprocess') ? ['v1', 'v2'] : ['v1'];
  for (const version of passes) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < prepared.length; i += MAX_DOCS) {
      await store.storeBatch(prepared.slice(i, i + MAX_DOCS).map((p) => ({ op: 'store', doc: p.doc, extractions: p.extractions, extractorVersion: version, runId: null })));
    }
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const kb = bytes / 1024;
    console.log(`${version === 'v1' ? 'store' : 'reprocess'} ${prepared.length} docs ${(bytes / 1e6).toFixed(2)} MB: cpu ${((cpu.user + cpu.system) / 1000 / kb).toFixed(3)} ms/KB, wall ${(wall / kb).toFixed(3)} ms/KB`);
  }
  await store.close();
  if (profile.size) {
    const kb = bytes / 1024;
    for (const [k, e] of [...profile].sort((a, b) => b[1].ms - a[1].ms)) if (e.ms > 1) console.log(`${(e.ms / kb).toFixed(3)} ms/KB ${String(e.n).padStart(7)}x  ${k}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
