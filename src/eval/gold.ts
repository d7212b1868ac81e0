// Loads hand-written gold and pairs it with the corpus. A corpus document without gold, gold that
// names a missing document, or a span whose text does not match the document is an error.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { goldDocumentSchema, type GoldDocument } from './gold-schema.js';

export interface GoldPair {
  name: string;
  corpusFile: string;
  text: string;
  gold: GoldDocument;
}

export class GoldError extends Error {}

function checkSpans(gold: GoldDocument, text: string, file: string): void {
  const check = (what: string, s: { start: number; end: number; text: string }) => {
    if (text.slice(s.start, s.end) !== s.text) {
      throw new GoldError(`${file}: ${what} [${s.start},${s.end}] is "${text.slice(s.start, s.end)}" in the document, gold says "${s.text}"`);
    }
  };
  gold.dates.forEach((d) => check('date', d));
  gold.casualties.forEach((c) => check('casualty', c));
  gold.groups.forEach((g) => check('group', g));
  gold.claims.forEach((c) => {
    check('claim content', c);
    if (c.speaker) check('claim speaker', c.speaker);
    if (c.cue) check('claim cue', c.cue);
  });
}

export function loadGold(goldDir: string, corpusDir: string): GoldPair[] {
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  if (corpus.length === 0) throw new GoldError(`${corpusDir}: no corpus documents (*.txt)`);
  const pairs: GoldPair[] = [];
  for (const f of corpus) {
    const name = basename(f, '.txt');
    const goldFile = join(goldDir, `${name}.json`);
    if (!existsSync(goldFile)) throw new GoldError(`missing gold for corpus document ${f}: write ${goldFile} by reading the text`);
    const parsed = goldDocumentSchema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
    if (!parsed.success) throw new GoldError(`${goldFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const text = readFileSync(join(corpusDir, f), 'utf8').replace(/^\uFEFF/, '');
    checkSpans(parsed.data, text, goldFile);
    pairs.push({ name, corpusFile: join(corpusDir, f), text, gold: parsed.data });
  }
  for (const g of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    if (!corpus.includes(`${basename(g, '.json')}.txt`)) throw new GoldError(`${join(goldDir, g)}: no corpus document ${basename(g, '.json')}.txt`);
  }
  return pairs;
}
