// Nominal cues with a possessive source (PolNeAR's convention, ClaimOptions.objectContent): "his claim
// that CLAUSE", "Trump's attacks on NP", "her decision to VERB …". The nouns and the word linking each to
// its content are learned from PolNeAR train (scripts/learn-noun-cues.ts → learned-cues.json `nouns`); a
// frame is taken when its noun + link (or the noun's crude lemma + link) is a gold cue often enough and in a
// fair share of its possessive occurrences. The frame shape itself (possessor, optional modifier, noun,
// link) is shared with the learner below, so what is counted in training is what is matched here.
import type { Span } from '../../src/types.js';
import { alternation } from '../../src/text/regex.js';
import learned from './learned-cues.json' with { type: 'json' };
import { cueForms } from './cues.js';
import { openerWords } from './lexicon.js';
import { contentAfter, hasWords, matchesIn, trimEnd, type Draft } from './text.js';

/** Words linking a nominal cue to its content: a that-clause, an infinitive, or a prepositional object. */
export const NOUN_LINKS = ['that', 'to', 'of', 'about', 'for', 'on', 'against', 'over'] as const;
/** A lower-case noun and its link word (the learner's scan and the extractor's prefilter share it). */
export const NOUN_LINK_SOURCE = `\\b(?<noun>\\p{Ll}[\\p{Ll}-]{2,})[\\s\\u00A0]+(?<link>${NOUN_LINKS.join('|')})\\b`;
/**
 * The possessor right before the noun (end-anchored on a bounded window): a possessive pronoun, or up to
 * four capitalised words (an optional `the` first) with `’s` / `'s` / a bare apostrophe.
 */
const POSSESSOR = /(?:\b(?<pro>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)|(?<np>\b[Tt]he[\s\u00A0]+(?:[\p{L}.-]+[\s\u00A0]+){0,2}\p{Ll}[\p{L}.-]*|(?:\b[Tt]he[\s\u00A0]+)?(?:\p{Lu}[\p{L}.-]*[\s\u00A0]+){0,3}\p{Lu}[\p{L}.-]*)(?:’s|'s|’|'))[\s\u00A0]+$/u;
/** Sentence-opening prepositions and connectives that are no part of a capitalised possessor. */
const CONNECTIVES = new Set(['despite', 'contrary', 'unlike', 'amid', 'following', 'given', 'including', 'like']);
/** One modifier may stand between the possessor and the noun ("his earlier claim that", "her harsh criticism of"). */
const MODIFIER = /(?:^|[\s\u00A0])(\p{Ll}[\p{Ll}-]{2,})[\s\u00A0]+$/u;
/** Words that are no modifier of a noun cue (a verb or a function word between a possessive and the noun). */
const NOT_MODIFIER = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'the', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** Words that are never a nominal cue (auxiliaries, raising and trying verbs after a possessive NP's head). */
const NOT_NOUN = new Set(['not', 'was', 'is', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'seem', 'seems', 'seemed', 'try', 'tries', 'tried', 'trying', 'want', 'wants', 'going']);
/**
 * A word that may be a verb (a cue verb form, or -ed / -ing) is a noun only right after the possessor
 * ("his claim that", "her warning that"); after a modifier it is the verb of a possessive subject
 * ("Trump's campaign claims that", "Sanders' aides declined to").
 */
export const verbLike = (noun: string) => cueForms.has(noun) || /(?:ed|ing)$/.test(noun);

/** The possessor of a nominal cue `noun` at `at` (directly before it, or before one modifier word): its span, or null. */
export function possessorBefore(text: string, floor: number, at: number, noun: string): Span | null {
  if (NOT_NOUN.has(noun)) return null;
  const direct = possessorAt(text, floor, at);
  if (direct || verbLike(noun)) return direct;
  const win = text.slice(Math.max(floor, at - 24), at);
  const mod = MODIFIER.exec(win);
  if (!mod || NOT_MODIFIER.has(mod[1]!)) return null;
  return possessorAt(text, floor, at - win.length + mod.index + mod[0].length - mod[0].trimStart().length);
}
/**
 * What may stand before the possessor: the sentence start, a punctuation mark, a preposition or a
 * conjunction. After a verb the nominal is that verb's object and PolNeAR takes the verb phrase as the cue
 * ("has stepped up his attacks on", "reiterated his claim that"): no nominal claim of its own.
 */
const BEFORE_POSSESSOR = /(?:^|[,;:(—–“"‘]|\b(?:of|in|on|at|with|about|despite|Despite|for|from|by|to|over|against|between|after|After|before|during|through|under|among|amid|toward|towards|into|as|As|and|And|but|But|or|while|While|than|like|including|that|if|If|because|since|until)[\s\u00A0]*)[\s\u00A0]*$/i;

function possessorAt(text: string, floor: number, at: number): Span | null {
  const from = Math.max(floor, at - 80);
  const m = POSSESSOR.exec(text.slice(from, at));
  if (!m?.groups) return null;
  let start = from + m.index;
  // (a capitalised sentence opener is no part of the possessor: "Despite Mr. Trump's promise to …")
  for (let w = /^([\p{L}]+)[\s\u00A0]+/u.exec(text.slice(start, at)); w && !m.groups.pro && (openerWords.has(w[1]!.toLowerCase()) || CONNECTIVES.has(w[1]!.toLowerCase())); w = /^([\p{L}]+)[\s\u00A0]+/u.exec(text.slice(start, at))) start += w[0].length;
  if (!BEFORE_POSSESSOR.test(text.slice(Math.max(floor, start - 12), start))) return null;
  if (m.groups.pro) return { start, end: start + m.groups.pro.length };
  const end = from + m.index + m.groups.np!.length;
  return end > start ? { start, end } : null;
}

interface NounFrame {
  form: string;
  cue: number;
  seen: number;
  precision: number;
  forms?: Array<{ form: string; cue: number; seen: number }>;
}
/** Thresholds for a learned nominal frame: a gold cue at least this often, in this share of its possessive occurrences. */
export const NOMINAL = { minCount: 3, minPrecision: 0.4 };
const passes = (t: { cue: number; seen: number }) => t.cue >= NOMINAL.minCount && t.cue / Math.max(t.seen, 1) >= NOMINAL.minPrecision;
/** The surface frames taken ("claims that", "attacks on"): a form whose lemma frame passes and that was a cue, or that passes itself. */
export const nounFrames: ReadonlySet<string> = new Set(
  ((learned as { nouns?: NounFrame[] }).nouns ?? []).flatMap((e) => (e.forms ?? []).filter((f) => (passes(e) && f.cue > 0) || passes(f)).map((f) => f.form)),
);
const nouns = [...nounFrames].map((f) => f.split(' ')[0]!);
const links = [...nounFrames].map((f) => f.split(' ')[1]!);
/** The prefilter: only the learned nouns before one of their links. */
const frameRe = nouns.length ? new RegExp(`\\b(?<noun>${alternation(nouns)})[\\s\\u00A0]+(?<link>${alternation(links)})\\b`, 'gu') : null;

/** The object of a prepositional link ends at a clause mark, a finite verb or a relative word. */
const OBJECT_STOP = /[,;:.!?()]|[\s\u00A0](?:—|--|–)|[\s\u00A0](?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|that|which|who|whom|while|because|but|when|after|before|as|and[\s\u00A0]+(?:he|she|they|it|we|I|the))\b/u;

/** A name object followed by a lower-case word other than of/and/or: the verb of the clause ("attacks on Clinton stand out"). */
const NAME_THEN_VERB = /^(?:\p{Lu}[\p{L}.’'-]*[\s\u00A0]+){0,3}\p{Lu}[\p{L}.’'-]*(?=[\s\u00A0]+(?!(?:of|and|or|for|in|on|at)\b)\p{Ll})/u;
/** Nominal claims of one sentence: "his claim that …", "Trump's attacks on …" (learned frames only). */
export function nominalClaims(text: string, s: Span, inDirect: (x: number) => boolean, drafts: Draft[]): void {
  if (!frameRe) return;
  for (const m of matchesIn(frameRe, text, s.start, s.end)) {
    const noun = m.groups!.noun!;
    const link = m.groups!.link!;
    if (!nounFrames.has(`${noun} ${link}`)) continue;
    const cue = { start: m.index, end: m.index + noun.length };
    if (inDirect(cue.start)) continue;
    const speaker = possessorBefore(text, s.start, cue.start, noun);
    if (!speaker) continue;
    const linkEnd = m.index + m[0].length;
    let content: Span | null;
    // a clause or an infinitive ends at the first comma: the nominal is an NP inside a larger clause
    // ("Contrary to his claim that people would learn nothing, there would be …")
    if (link === 'that' || link === 'to') {
      const c = link === 'that' ? contentAfter(text, linkEnd, s) : /^[\s\u00A0]+\p{Ll}/u.test(text.slice(linkEnd, linkEnd + 3)) ? contentAfter(text, linkEnd - 2, s) : null;
      const comma = c ? text.slice(c.start, c.end).indexOf(',') : -1;
      content = c && (comma < 0 ? c : { start: c.start, end: trimEnd(text, c.start, c.start + comma) });
    } else {
      const c = contentAfter(text, linkEnd, s);
      const win = c ? text.slice(c.start, Math.min(c.end, c.start + 160)) : '';
      const stop = OBJECT_STOP.exec(win);
      const name = NAME_THEN_VERB.exec(win);
      const cut = Math.min(stop ? stop.index : win.length, name ? name[0].length : win.length);
      content = c && { start: c.start, end: trimEnd(text, c.start, c.start + cut) };
    }
    if (!content || content.end <= content.start || !hasWords(text, content, link === 'that' || link === 'to' ? 2 : 1)) continue;
    drafts.push({ ...content, kind: 'indirect', speaker, cue, rule: 'claims.noun-possessive' });
  }
}
