// Reference dump of one extractor's items, and a diff against it (byte-identical output checks).
//   node dist/scripts/extractor-ref.js dump /tmp/casualties-ref.jsonl --extractor casualties [--dist <dist dir>] [inputs…]
//   node dist/scripts/extractor-ref.js diff /tmp/casualties-ref.jsonl --extractor casualties [--dist <dist dir>] [inputs…]
// (--extractor defaults to groups; dist/scripts/groups-ref.js is the same script, kept for old commands.)
// One JSON line per document: {"doc": key, "items": [...]} (the extractor's `extract`, so unnamed
// items too). The documents are built by this build; `--dist` takes the extractor from another build.
// An extractor that reads earlier extractors' items (casualties, claims) gets them from the same
// build, computed as the pipeline does (scripts/extractor-inputs.ts extractorWithPrior).
// diff exits 1 when any line differs and prints the first differences item by item.
// `--extractor document` dumps the built documents themselves (id, meta, paragraphs, sentences, …),
// read and built by the --dist build: the byte-identical check of document building.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_INPUTS, docKey, extractorWithPrior, loadDocuments, rawDocumentsOf, type PriorMap } from './extractor-inputs.js';
import type { Document } from '../src/types.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const [mode, file] = args;
if ((mode !== 'dump' && mode !== 'diff') || !file) {
  console.error('usage: extractor-ref.js dump|diff <file.jsonl> [--extractor groups] [--dist <dist dir>] [inputs…]');
  process.exit(2);
}
const name = opt('--extractor') ?? 'groups';
const dist = resolve(opt('--dist') ?? new URL('..', import.meta.url).pathname);
const optionValues = new Set([opt('--extractor'), opt('--dist')]);
const inputs = args.slice(2).filter((a, i, all) => !a.startsWith('--') && !(optionValues.has(a) && all[i - 1]?.startsWith('--')));

const lines = name === 'document' ? await documentLines(inputs.length ? inputs : DEFAULT_INPUTS) : await extractorLines();

async function extractorLines(): Promise<string[]> {
  const { docs } = await loadDocuments(inputs.length ? inputs : DEFAULT_INPUTS);
  const { extract, priors } = await extractorWithPrior(dist, name, docs);
  return docs.map((d, k) => JSON.stringify({ doc: docKey(d), items: extract(d as Document, priors[k] as PriorMap) }));
}

/** The documents as the --dist build reads and builds them, one per line ({doc, items: [document]}). */
async function documentLines(paths: readonly string[]): Promise<string[]> {
  const { raws, build } = await rawDocumentsOf(dist, paths);
  return raws.map((raw) => {
    const d = build(raw);
    return JSON.stringify({ doc: docKey(d), items: [d] });
  });
}

if (mode === 'dump') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`${lines.length} documents, ${lines.reduce((n, l) => n + (JSON.parse(l).items as unknown[]).length, 0)} items → ${file}`);
} else {
  const ref = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let differ = 0;
  let shown = 0;
  if (ref.length !== lines.length) console.log(`document count differs: ref ${ref.length}, now ${lines.length}`);
  for (let k = 0; k < Math.max(ref.length, lines.length); k++) {
    if (ref[k] === lines[k]) continue;
    differ++;
    if (shown >= 20) continue;
    const a = ref[k] ? (JSON.parse(ref[k] as string) as { doc: string; items: unknown[] }) : { doc: '-', items: [] };
    const b = lines[k] ? (JSON.parse(lines[k] as string) as { doc: string; items: unknown[] }) : { doc: '-', items: [] };
    const as = new Set(a.items.map((x) => JSON.stringify(x)));
    const bs = new Set(b.items.map((x) => JSON.stringify(x)));
    console.log(`${a.doc}${a.doc !== b.doc ? ` / ${b.doc}` : ''}:`);
    for (const x of as) if (!bs.has(x) && shown++ < 20) console.log(`  - ${x}`);
    for (const x of bs) if (!as.has(x) && shown++ < 20) console.log(`  + ${x}`);
    if ([...as].every((x) => bs.has(x)) && [...bs].every((x) => as.has(x))) console.log('  (same items, other order)');
  }
  console.log(differ === 0 ? `identical: ${lines.length} documents` : `${differ} of ${lines.length} documents differ`);
  process.exitCode = differ === 0 ? 0 : 1;
}
