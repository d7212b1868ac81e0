// Cue matching built from the lexicon: every inflected form of every cue verb (hand-written
// lexicon.ts plus the forms learned from PolNeAR train, learned-cues.json), and the noun cues.
import { cueAuxiliaries, cueVerbs, nounCues, type CueVerb } from './lexicon.js';
import learned from './learned-cues.json' with { type: 'json' };
import { escapeRegExp } from '../../src/text/regex.js';
import { NOT_ADVERB_LY, SAY_VERBS } from './frames.js';
import { lemma } from './lemma.js';

export interface CueForm {
  verb: CueVerb;
  form: string;
  /** -ing participle ("adding", "saying"): the source is the subject of the main clause. */
  participle: boolean;
  /** Takes an infinitival complement ("vowed to fight"), learned from the training frames. */
  infinitive: boolean;
  /**
   * Takes a noun-phrase content ("criticized Obama for …", "cited the figure"): learned evaluative
   * verbs whose training contents are mostly noun phrases. The hand lexicon's verbs keep the
   * project's frames (their NP complements are not claims: "stressed the necessity of").
   */
  object: boolean;
  /** In the lexicon only for its noun-phrase frame (matched only when that frame is asked for). */
  objectOnly: boolean;
  /**
   * Seen with bare reported clauses in training often enough ("noted clients are …", "acknowledged
   * funding was …"): a clause with a short subject and an auxiliary counts even when the verb's usual
   * frame is an object.
   */
  bareClause: boolean;
}

/** A learned form's frame counts (scripts/learn-cues.ts). */
interface LearnedCue {
  form: string;
  cue: number;
  precision: number;
  that: number;
  bare: number;
  bareClause: number;
  quote: number;
  before: number;
  to: number;
}

/** Thresholds for taking a learned form: cue often enough, in a fair share of its occurrences, with clause frames. */
export const LEARNED = { minCount: 5, minPrecision: 0.3, minClauseFrames: 3, objectPrecision: 0.33, objectShare: 0.4, minObjects: 3, minObjectCount: 4, phrasePrecision: 0.6, preciseObjectPrecision: 0.7, preciseMinObjects: 5, preciseObjectShare: 0.1, bareClausePrecision: 0.5, bareClauseShare: 0.15, minIntentions: 5, intentionShare: 0.3, intentionPrecision: 0.2 };

const clauseFrames = (c: LearnedCue) => c.that + c.bareClause + c.to + c.quote;
const nounObjects = (c: LearnedCue) => c.bare - c.bareClause;
/**
 * Takes a noun-phrase content: mostly noun-phrase contents in training, or (`precise`) a cue in most of its
 * occurrences with noun-phrase contents now and then ("noted the rule", "acknowledged a collaborative
 * relationship", "explained why …"; not the say-verbs, whose bare complement is a clause).
 */
const takesObject = (c: LearnedCue, precise = true) => c.cue >= LEARNED.minObjectCount && c.precision >= LEARNED.objectPrecision && nounObjects(c) >= LEARNED.minObjects
  && (nounObjects(c) / c.cue >= LEARNED.objectShare || (precise && c.precision >= LEARNED.preciseObjectPrecision && nounObjects(c) >= LEARNED.preciseMinObjects && nounObjects(c) / c.cue >= LEARNED.preciseObjectShare));
const takesInfinitive = (c: LearnedCue | undefined) => !!c && c.to >= 3 && c.to / c.cue >= 0.25;
const takesBareClause = (c: LearnedCue | undefined) => !!c && c.precision >= LEARNED.bareClausePrecision && c.bareClause >= 3 && c.bareClause / Math.max(c.bare, 1) >= LEARNED.bareClauseShare;
/** Seen as a cue often enough, in a fair share of its occurrences, with clause frames. */
const isClauseCue = (c: LearnedCue) => c.cue >= LEARNED.minCount && c.precision >= LEARNED.minPrecision && clauseFrames(c) >= LEARNED.minClauseFrames;
/** A bare complement counts as a reported clause only when the training contents show one. */
const reportsBareClause = (c: LearnedCue) => c.bareClause >= 3 && c.bareClause / Math.max(c.bare, 1) >= 0.4;

function regularForms(base: string): [string, string, string] {
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [s, past, ing];
}

const learnedByForm = new Map((learned.cues as LearnedCue[]).map((c) => [c.form, c] as const));

/** Every verb + preposition seen as a phrasal cue in training ("called on", at any precision): a content may open with that preposition. */
export const phrasalSeen: ReadonlySet<string> = new Set(((learned as { phrases?: Array<{ forms?: Array<{ form: string }> }> }).phrases ?? []).flatMap((p) => (p.forms ?? []).map((f) => f.form)));
/** The learned phrasal cue forms ("spoke about"): matched with an optional particle or adverb before the preposition. */
const phrasal = new Set<string>();
/** A particle or an adverb inside a phrasal cue (learn-cues.ts tallies the same gap). */
const PHRASE_GAP = '(?:[\\s\\u00A0]+(?:out|[a-z]{3,}ly))?';

export const cueForms: ReadonlyMap<string, CueForm> = (() => {
  const map = new Map<string, CueForm>();
  for (const verb of cueVerbs) {
    const [s, past, ing] = verb.forms ?? regularForms(verb.base);
    for (const form of [verb.base, s, past, ing, verb.participle].filter((f): f is string => !!f)) {
      // (a hand verb takes a noun-phrase content only under PolNeAR's convention, and only in the forms
      // whose training contents are mostly noun phrases: "mentioned the rule", "showed Clinton ahead")
      const l = learnedByForm.get(form);
      map.set(form, { verb, form, participle: form === ing, infinitive: takesInfinitive(l), object: !!l && takesObject(l, !SAY_VERBS.has(verb.base)), objectOnly: false, bareClause: takesBareClause(l) });
    }
  }
  // a learned form with the frames its training statistics show (its own, or its verb's)
  const learnedForm = (form: string, c: LearnedCue): CueForm => ({
    verb: { base: lemma(form), clause: reportsBareClause(c) },
    form,
    participle: /ing$/.test(form),
    infinitive: takesInfinitive(c),
    object: takesObject(c),
    objectOnly: !isClauseCue(c),
    bareClause: takesBareClause(c),
  });
  for (const c of learned.cues as LearnedCue[]) {
    if (map.has(c.form)) continue;
    // an intention with an infinitive ("wants to", "decided to"): too common as a word for a clause cue,
    // kept for its infinitival frame under PolNeAR's convention only
    const intention = c.to >= LEARNED.minIntentions && c.to / c.cue >= LEARNED.intentionShare && c.precision >= LEARNED.intentionPrecision;
    if (!takesObject(c) && !isClauseCue(c) && !intention) continue;
    map.set(c.form, learnedForm(c.form, c));
  }
  // a form seen as a cue too rarely to be judged alone ("urges", "blasts", "cites") takes the frames and
  // precision of its verb (its forms summed by lemma in training)
  for (const g of (learned as { verbs?: Array<LearnedCue & { forms: Array<{ form: string; cue: number }> }> }).verbs ?? []) {
    if (!takesObject(g) && !isClauseCue(g)) continue;
    for (const f of g.forms) {
      if (map.has(f.form) || f.cue >= LEARNED.minCount) continue;
      map.set(f.form, learnedForm(f.form, g));
    }
  }
  // phrasal cues ("called for", "spoke about", "railed against"): noun-phrase contents only
  // (tallied by the verb's lemma too: a form is taken when it, or its lemma, is a cue often enough and precisely enough)
  type Tallied = { form: string; cue: number; seen?: number; precision?: number };
  const precise = (t: Tallied) => t.cue >= LEARNED.minObjectCount && (t.precision ?? t.cue / Math.max(t.seen ?? 0, 1)) >= LEARNED.phrasePrecision;
  for (const ph of (learned as { phrases?: Array<Tallied & { forms?: Tallied[] }> }).phrases ?? []) {
    // (a particle or an adverb may stand between the verb and its preposition: "spoke out about", "spoke emotionally of")
    for (const f of ph.forms ?? [ph]) {
      if (!precise(ph) && !precise(f)) continue;
      if (map.has(f.form) || nounCues.includes(f.form)) continue;
      map.set(f.form, { verb: { base: f.form }, form: f.form, participle: /ing\s/.test(f.form), infinitive: false, object: true, objectOnly: true, bareClause: false });
      phrasal.add(f.form);
    }
  }
  return map;
})();

const esc = escapeRegExp;
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, `${phrasal.has(w) ? PHRASE_GAP : ''}[\\s\\u00A0]+`)).join('|');

const cueRe = (forms: Iterable<string>) => new RegExp(`\\b(?<aux>(?:(?:${alternation(cueAuxiliaries)})\\s+){0,3})(?<verb>${alternation(forms)})\\b`, 'gi');
/** A cue verb form, optionally preceded by auxiliaries ("has also said"): group `aux` and `verb`. */
export const verbCueRe = cueRe([...cueForms.values()].filter((f) => !f.objectOnly).map((f) => f.form));
/** The same with the forms kept only for their noun-phrase frame (ClaimOptions.objectContent). */
export const objectCueRe = cueRe(cueForms.keys());

/**
 * Auxiliaries and lower-case manner adverbs right before a cue ("has sharply criticized", "Trump
 * angrily denied"): the regex's auxiliary list holds only the frequent ones; any -ly adverb (bar
 * NOT_ADVERB_LY) joins them here. Case-sensitive, anchored at the end of a bounded window.
 */
export const ADVERB_AUX_BEFORE = new RegExp(`(?:\\b(?:${alternation(cueAuxiliaries)}|(?!(?:${NOT_ADVERB_LY.join('|')})[\\s\\u00A0])[a-z]{2,}ly)[\\s\\u00A0]+){1,3}$`);

/** Noun cues that introduce their source: "according to X". */
export const nounCueRe = new RegExp(`\\b(?<cue>${nounCues.map((c) => c.split(' ').map(esc).join('[\\s\\u00A0]+')).join('|')})\\b`, 'gi');

export function cueOf(form: string): CueForm | undefined {
  const key = form.toLowerCase().replace(/[\s\u00A0]+/g, ' ');
  const gap = /^(\S+) (?:out|[a-z]{3,}ly) (\S+)$/.exec(key);
  return cueForms.get(key) ?? (gap && phrasal.has(`${gap[1]} ${gap[2]}`) ? cueForms.get(`${gap[1]} ${gap[2]}`) : undefined);
}
