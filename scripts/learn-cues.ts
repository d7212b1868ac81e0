// Learns the claims cue lexicon from PolNeAR training attributions (brat .ann beside the texts):
//   npm run build && node dist/scripts/learn-cues.js ../shared/data/polnear-train [--min 4] [--precision 0.2]
// writes extractors/claims/learned-cues.json (commit it; re-run to regenerate). For each cue head
// word (the last word of a one- to three-word verb cue, lower-cased: "has said" → "said") it counts
// how often the word is a gold cue and how often it occurs in the texts at all (its cue precision),
// and the frame its content takes: a that-clause, a bare clause after the cue, a quotation, or
// content before the cue ("…, X said"). Only words that are cues often enough and in a fair share of
// their occurrences are kept, so the lexicon does not chase one article's wording.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn } from './eval-polnear.js';
import { lemma } from '../extractors/claims/lemma.js';
import { learnNounFrames, type TrainingDoc } from './learn-noun-cues.js';

interface Tally {
  cue: number;
  seen: number;
  that: number;
  bare: number;
  quote: number;
  before: number;
  to: number;
  /** Bare contents that show a finite verb early on (a reported clause, not a noun phrase). */
  bareClause: number;
}

/** Heads that are not verbs: prepositions and the like ending multi-word cues ("referring to"). */
const FUNCTION_WORDS = new Set(['for', 'about', 'with', 'from', 'into', 'over', 'after', 'against', 'and', 'that', 'the', 'this', 'those', 'these', 'what', 'than', 'out', 'off', 'according', 'his', 'her', 'their', 'its', 'our', 'fact', 'view', 'views', 'poll', 'polls', 'data', 'report', 'survey']);
const FINITE = /\b(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|do|does|did|isn’t|wasn’t|won’t|can’t|don’t|doesn’t|didn’t)\b/i;

/** Prepositions that end phrasal cues; their training counts go to `phrases`. */
const PREPOSITIONS = new Set(['about', 'of', 'for', 'to', 'on', 'against', 'with', 'over', 'at']);
/** A word between a phrasal cue's verb and its preposition: a particle or an adverb ("spoke out about", "spoke emotionally of"). */
const GAP = /^(?:out|[a-z]{3,}ly)$/;
/**
 * Phrasal cues are tallied by the crude lemma of their verb ("called for", "calls for", "calling for"
 * → "call for"), so a verb's forms share one cue precision; `forms` keeps the surface forms seen as cues.
 */
const phrases = new Map<string, { cue: number; seen: number; forms: Map<string, { cue: number; seen: number }> }>();
const phrase = (p: string) => {
  let t = phrases.get(p);
  if (!t) phrases.set(p, (t = { cue: 0, seen: 0, forms: new Map() }));
  return t;
};

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  process.stderr.write('usage: learn-cues <polnear-train dir> [--min N] [--precision P]\n');
  process.exit(2);
}
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const minCount = opt('--min', 4);
const minPrecision = opt('--precision', 0.2);
const out = join(import.meta.dirname, '..', '..', 'extractors', 'claims', 'learned-cues.json');

const tallies = new Map<string, Tally>();
const tally = (w: string) => {
  let t = tallies.get(w);
  if (!t) tallies.set(w, (t = { cue: 0, seen: 0, that: 0, bare: 0, quote: 0, before: 0, to: 0, bareClause: 0 }));
  return t;
};
const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const texts: string[] = [];
const docs: TrainingDoc[] = [];
for (const txt of readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const name = txt.replace(/\.txt$/, '');
  const ann = anns.find((a) => a.startsWith(`${name}_`));
  if (!ann) continue;
  const text = readFileSync(join(dir, 'text', txt), 'utf8');
  texts.push(text);
  const golds = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'));
  docs.push({ text, golds });
  for (const g of golds) {
    if (!g.cue) continue;
    const cueText = text.slice(g.cue.start, g.cue.end).toLowerCase();
    const ws = cueText.match(/[a-z’']+/g);
    if (!ws || ws.length > 3) continue;
    const head = ws[ws.length - 1]!;
    // a verb and its preposition ("spoke about", "called for", "warned of"): a phrasal cue with a noun-phrase content
    if (ws.length >= 2 && PREPOSITIONS.has(head) && g.start >= g.cue.end) {
      const verb = GAP.test(ws[ws.length - 2]!) && ws.length >= 3 ? ws[ws.length - 3]! : ws[ws.length - 2]!;
      if (/^[a-z]{3,}$/.test(verb) && !GAP.test(verb)) {
        const ph = phrase(`${lemma(verb)} ${head}`);
        ph.cue++;
        const f = ph.forms.get(`${verb} ${head}`) ?? { cue: 0, seen: 0 };
        ph.forms.set(`${verb} ${head}`, f);
        f.cue++;
      }
    }
    // verb forms only: nominal cues ("assertion") and adverbs ("reportedly") need frames of their own
    if (!/^[a-z]{3,}$/.test(head) || /ly$|tion$|ment$/.test(head) || FUNCTION_WORDS.has(head)) continue;
    const t = tally(head);
    t.cue++;
    const content = text.slice(g.start, g.end);
    if (g.end <= g.cue.start) t.before++;
    else if (/^[“"‘]/.test(content)) t.quote++;
    else if (/^that\b/i.test(content)) t.that++;
    else if (/^to\b/i.test(content)) t.to++;
    else if (g.start >= g.cue.end) {
      t.bare++;
      if (FINITE.test(content.split(/\s+/).slice(0, 8).join(' '))) t.bareClause++;
    }
  }
}
// occurrences of each candidate word in all training texts (its precision as a cue)
for (const text of texts) {
  let prev = '';
  let prev2 = '';
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const t = tallies.get(m[0]);
    if (t) t.seen++;
    if (PREPOSITIONS.has(m[0])) {
      const verb = phrases.has(`${lemma(prev)} ${m[0]}`) || !GAP.test(prev) ? prev : prev2;
      const ph = phrases.get(`${lemma(verb)} ${m[0]}`);
      if (ph) ph.seen++;
      const f = ph?.forms.get(`${verb} ${m[0]}`);
      if (f) f.seen++;
    }
    prev2 = prev;
    prev = m[0];
  }
}
/** Forms cued often enough and in a fair share of their occurrences, most frequent first, with their precision. */
const ranked = <T extends { cue: number; seen: number }>(tallied: Map<string, T>) =>
  [...tallied.entries()]
    .filter(([, t]) => t.cue >= minCount && t.cue / Math.max(t.seen, 1) >= minPrecision)
    .sort((a, b) => b[1].cue - a[1].cue || a[0].localeCompare(b[0]))
    .map(([form, t]) => ({ form, ...t, precision: Number((t.cue / Math.max(t.seen, 1)).toFixed(3)) }));
const entries = ranked(tallies);
const phraseEntries = ranked(phrases).map(({ forms, ...p }) => {
  const surface = [...forms.entries()].sort((a, b) => b[1].cue - a[1].cue || a[0].localeCompare(b[0]));
  return { ...p, form: surface[0]![0], forms: surface.map(([form, f]) => ({ form, cue: f.cue, seen: f.seen })) };
});
// the forms of one verb summed by their crude lemma ("urged", "urges", "urging" → "urg"): a form seen as a
// cue too rarely to be judged alone takes the frames and precision of its verb
const groups = new Map<string, Tally & { forms: Array<{ form: string; cue: number; seen: number }> }>();
for (const [form, t] of tallies) {
  const key = lemma(form).replace(/e$/, '');
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { cue: 0, seen: 0, that: 0, bare: 0, quote: 0, before: 0, to: 0, bareClause: 0, forms: [] }));
  for (const k of ['cue', 'seen', 'that', 'bare', 'quote', 'before', 'to', 'bareClause'] as const) g[k] += t[k];
  g.forms.push({ form, cue: t.cue, seen: t.seen });
}
const verbEntries = ranked(groups)
  .filter((g) => g.forms.length > 1)
  .map((g) => ({ ...g, forms: g.forms.sort((a, b) => b.cue - a.cue || a.form.localeCompare(b.form)) }));
// nominal cues with a possessive source ("his claim that", "Trump's attacks on"): kept at a low bar, the extractor's NOMINAL thresholds choose
const nounEntries = learnNounFrames(docs, 2, 0.2);
writeFileSync(out, `${JSON.stringify({ source: 'PolNeAR train', minCount, minPrecision, cues: entries, phrases: phraseEntries, verbs: verbEntries, nouns: nounEntries }, null, 1)}\n`);
process.stdout.write(`${entries.length} cue forms, ${phraseEntries.length} phrasal cues, ${verbEntries.length} verbs and ${nounEntries.length} nominal frames written to ${out}\n`);
