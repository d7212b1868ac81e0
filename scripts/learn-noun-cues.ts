// Nominal cue frames for scripts/learn-cues.ts: a possessor, an optional modifier, a noun and the word
// linking it to its content ("his claim that …", "Trump's attacks on …", "her decision to …"). Every
// such frame in the training texts is counted (`seen`); it is a cue (`cue`) when a gold attribution's cue
// overlaps the noun and its content starts after it. Tallied by the noun's crude lemma + link ("claim
// that" ← "claims that"), each surface form with its own counts — the shape of learned `phrases`.
import { NOUN_LINK_SOURCE, possessorBefore } from '../extractors/claims/nominal.js';
import { lemma } from '../extractors/claims/lemma.js';

interface Span {
  start: number;
  end: number;
}
export interface TrainingDoc {
  text: string;
  golds: Array<Span & { cue: Span | null }>;
}
export interface NounFrameEntry {
  form: string;
  cue: number;
  seen: number;
  precision: number;
  forms: Array<{ form: string; cue: number; seen: number }>;
}

export function learnNounFrames(docs: readonly TrainingDoc[], minCount: number, minPrecision: number): NounFrameEntry[] {
  const byLemma = new Map<string, { cue: number; seen: number; forms: Map<string, { cue: number; seen: number }> }>();
  const re = new RegExp(NOUN_LINK_SOURCE, 'gu');
  for (const { text, golds } of docs) {
    for (const m of text.matchAll(re)) {
      const noun = m.groups!.noun!;
      const link = m.groups!.link!;
      const at = m.index!;
      if (!possessorBefore(text, Math.max(0, at - 120), at, noun)) continue;
      const end = at + noun.length;
      const cue = golds.some((g) => g.cue && g.cue.start < end && g.cue.end > at && g.start >= end - 1);
      const key = `${lemma(noun)} ${link}`;
      let t = byLemma.get(key);
      if (!t) byLemma.set(key, (t = { cue: 0, seen: 0, forms: new Map() }));
      const f = t.forms.get(`${noun} ${link}`) ?? { cue: 0, seen: 0 };
      t.forms.set(`${noun} ${link}`, f);
      t.seen++;
      f.seen++;
      if (cue) {
        t.cue++;
        f.cue++;
      }
    }
  }
  return [...byLemma.entries()]
    .filter(([, t]) => t.cue >= minCount && t.cue / t.seen >= minPrecision)
    .sort((a, b) => b[1].cue - a[1].cue || a[0].localeCompare(b[0]))
    .map(([form, t]) => ({
      form,
      cue: t.cue,
      seen: t.seen,
      precision: Number((t.cue / t.seen).toFixed(3)),
      forms: [...t.forms.entries()].sort((a, b) => b[1].cue - a[1].cue || a[0].localeCompare(b[0])).map(([f, c]) => ({ form: f, ...c })),
    }));
}
