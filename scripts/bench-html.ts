// HTML reading throughput: pages/s and MB/s of readHtml over a folder of .html / .html.gz pages.
// Usage: node dist/scripts/bench-html.js <dir> [--repeat N]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readHtml } from '../src/document/html/index.js';

function pages(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...pages(p));
    else if (/\.html?(\.gz)?$/i.test(f)) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: bench-html <dir> [--repeat N]');
  process.exit(2);
}
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1] ?? 1) : 1;
const bodies = pages(dir).map((p) => (p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p)));
const bytes = bodies.reduce((n, b) => n + b.length, 0) * repeat;
const t0 = performance.now();
for (let r = 0; r < repeat; r++) for (const b of bodies) readHtml(b);
const s = (performance.now() - t0) / 1000;
const n = bodies.length * repeat;
console.log(`${n} pages, ${(bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s: ${(n / s).toFixed(1)} pages/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
