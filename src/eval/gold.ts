// Loads hand-written gold and pairs it with its texts. A collection is a folder of texts and a folder of
// gold files (`<text name without .txt>.json`). A text without gold, gold that names a missing text,
// or a span whose text does not match the document is an error.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Registry } from '../registry.js';
import { goldDocumentSchema, toGoldDocument, type GoldDocument } from './gold-schema.js';

export interface GoldCollection {
  /** Prefix of the collection's metric names ('' for the corpus, whose names the baseline has always used). */
  name: string;
  texts: string;
  gold: string;
}

export interface GoldPair {
  /** `<collection>/<text name>`, or the text name alone for the unnamed collection. */
  name: string;
  corpusFile: string;
  text: string;
  gold: GoldDocument;
}

export class GoldError extends Error {}

function checkSpans(gold: GoldDocument, registry: Registry, text: string, file: string): void {
  const check = (what: string, s: { start: number; end: number; text: string }) => {
    if (text.slice(s.start, s.end) !== s.text) {
      throw new GoldError(`${file}: ${what} [${s.start},${s.end}] is "${text.slice(s.start, s.end)}" in the document, gold says "${s.text}"`);
    }
  };
  for (const ex of registry.extractors) {
    for (const item of gold.items[ex.name] ?? []) {
      check(ex.name, item);
      for (const sub of ex.gold?.spans?.(item) ?? []) check(sub.what, sub);
    }
  }
}

export function loadGold(collection: GoldCollection, registry: Registry): GoldPair[] {
  const { texts, gold: goldDir } = collection;
  const schema = goldDocumentSchema(registry);
  const corpus = readdirSync(texts).filter((f) => f.endsWith('.txt')).sort();
  if (corpus.length === 0) throw new GoldError(`${texts}: no documents (*.txt)`);
  const pairs: GoldPair[] = [];
  for (const f of corpus) {
    const name = basename(f, '.txt');
    const goldFile = join(goldDir, `${name}.json`);
    if (!existsSync(goldFile)) throw new GoldError(`missing gold for ${join(texts, f)}: write ${goldFile} by reading the text`);
    const parsed = schema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
    if (!parsed.success) throw new GoldError(`${goldFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const gold = toGoldDocument(parsed.data, registry);
    const text = readFileSync(join(texts, f), 'utf8').replace(/^\uFEFF/, '');
    checkSpans(gold, registry, text, goldFile);
    pairs.push({ name: collection.name ? `${collection.name}/${name}` : name, corpusFile: join(texts, f), text, gold });
  }
  for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    if (!corpus.includes(`${basename(g, '.json')}.txt`)) throw new GoldError(`${join(goldDir, g)}: no document ${basename(g, '.json')}.txt in ${texts}`);
  }
  return pairs;
}
