// Cue matching built from the lexicon: every inflected form of every cue verb, and the noun cues.
import { cueAuxiliaries, cueVerbs, nounCues, type CueVerb } from './lexicon.js';

export interface CueForm {
  verb: CueVerb;
  form: string;
  /** -ing participle ("adding", "saying"): the source is the subject of the main clause. */
  participle: boolean;
}

function regularForms(base: string): [string, string, string] {
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [s, past, ing];
}

export const cueForms: ReadonlyMap<string, CueForm> = (() => {
  const map = new Map<string, CueForm>();
  for (const verb of cueVerbs) {
    const [s, past, ing] = verb.forms ?? regularForms(verb.base);
    for (const form of [verb.base, s, past, ing, verb.participle].filter((f): f is string => !!f)) {
      map.set(form, { verb, form, participle: form === ing });
    }
  }
  return map;
})();

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');

/** A cue verb form, optionally preceded by auxiliaries ("has also said"): group `aux` and `verb`. */
export const verbCueRe = new RegExp(
  `\\b(?<aux>(?:(?:${alternation(cueAuxiliaries)})\\s+){0,3})(?<verb>${alternation(cueForms.keys())})\\b`,
  'gi',
);

/** Noun cues that introduce their source: "according to X". */
export const nounCueRe = new RegExp(`\\b(?<cue>${nounCues.map((c) => c.split(' ').map(esc).join('[\\s\\u00A0]+')).join('|')})\\b`, 'gi');

export function cueOf(form: string): CueForm | undefined {
  return cueForms.get(form.toLowerCase());
}
