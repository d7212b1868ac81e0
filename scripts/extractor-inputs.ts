// The inputs of the extractor benchmarks and reference dumps: documents built once, in order.
//   Default set: corpus/, fixtures/fakes-dev/texts, ../shared/data/fakes-dev.jsonl, ../shared/data/polnear-dev/text
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readInputs, DEFAULT_MAX_BYTES } from '../src/document/read.js';
import { buildDocument } from '../src/document/build.js';
import type { RawDocument } from '../src/document/raw.js';
import type { Document } from '../src/types.js';

export const DEFAULT_INPUTS = ['corpus', 'fixtures/fakes-dev/texts', '../shared/data/fakes-dev.jsonl', '../shared/data/polnear-dev/text'];

export async function loadDocuments(inputs: readonly string[]): Promise<{ docs: Document[]; bytes: number }> {
  const docs: Document[] = [];
  let bytes = 0;
  const present = inputs.filter((p) => p === '-' || existsSync(p));
  for (const missing of inputs.filter((p) => !present.includes(p))) console.error(`(missing input skipped: ${missing})`);
  for await (const r of readInputs(present, { format: 'auto', maxBytes: DEFAULT_MAX_BYTES })) {
    if (!r.ok) continue;
    const doc = buildDocument(r.doc);
    bytes += Buffer.byteLength(doc.text);
    docs.push(doc);
  }
  return { docs, bytes };
}

/**
 * The raw documents as another build (`dist`) reads them, with that build's buildDocument: for timing or
 * dumping document building itself, where reading and building must both be that build's.
 */
export async function rawDocumentsOf(dist: string, inputs: readonly string[]): Promise<{ raws: RawDocument[]; build: (raw: RawDocument) => Document }> {
  const read = (await import(pathToFileURL(`${dist}/src/document/read.js`).href)) as typeof import('../src/document/read.js');
  const { buildDocument: build } = (await import(pathToFileURL(`${dist}/src/document/build.js`).href)) as typeof import('../src/document/build.js');
  const raws: RawDocument[] = [];
  for await (const r of read.readInputs(inputs.filter((p) => p === '-' || existsSync(p)), { format: 'auto', maxBytes: read.DEFAULT_MAX_BYTES })) if (r.ok) raws.push(r.doc);
  return { raws, build };
}

/** The key a document is known by in a dump (external id, file, else its content id). */
export const docKey = (d: Document): string => d.externalId ?? d.file ?? d.id;

/** Items of the earlier extractors, by name (the `prior` an extractor receives in the pipeline). */
export type PriorMap = ReadonlyMap<string, readonly unknown[]>;
export type Extract = (d: Document, prior: PriorMap) => unknown[];
interface Descriptor {
  name: string;
  languages?: readonly string[];
  needs?: readonly string[];
  extract: Extract;
}

/**
 * One extractor of a build (`dist`: a dist directory), and for every document the items of the
 * extractors before it in that build's registry, computed once here, as `runExtractors` does (same
 * order, same language skip), so that a caller can time or dump the named extractor alone.
 * Extractors that read no earlier items (no `needs`, and an `extract` of one parameter: dates,
 * groups) get an empty map per document, so their timings and cold passes are as before.
 */
export async function extractorWithPrior(dist: string, name: string, docs: readonly Document[]): Promise<{ extract: Extract; priors: PriorMap[] }> {
  const { pathToFileURL } = await import('node:url');
  const reg = (await import(pathToFileURL(`${dist}/extractors/index.js`).href)) as { extractors: readonly Descriptor[] };
  const pipeline = (await import(pathToFileURL(`${dist}/src/pipeline.js`).href)) as { skipsLanguage?: (ex: Descriptor, d: Document) => boolean };
  const at = reg.extractors.findIndex((e) => e.name === name);
  const ex = reg.extractors[at];
  if (!ex) throw new Error(`no extractor ${name} in ${dist}`);
  const before = reg.extractors.slice(0, at);
  const reads = before.length > 0 && ((ex.needs?.length ?? 0) > 0 || ex.extract.length >= 2);
  const skips = pipeline.skipsLanguage ?? (() => false);
  const empty: PriorMap = new Map();
  const priors = docs.map((d) => {
    if (!reads) return empty;
    const out = new Map<string, readonly unknown[]>();
    for (const e of before) out.set(e.name, skips(e, d) ? [] : e.extract(d, out));
    return out;
  });
  return { extract: ex.extract, priors };
}
