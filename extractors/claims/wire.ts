// Wire copy as scraped, with commas (and apostrophes) stripped: "…around Kobane a monitor said.",
// "…in western Aleppo said observatory head Rami Abdel Rahman.", "According to the Syrian
// Observatory at least 19 people were killed". Used only for texts whose body has (almost) no
// commas (isStripped), where the comma frames of indirect.ts cannot apply.
import type { Document, Span } from '../../src/types.js';
import { ADVERBIAL } from './frames.js';
import { finiteMarkers, orgDescriptions, personPronouns, titleWords } from './lexicon.js';
import { speakerAfter } from './speaker.js';
import { wordCount } from './quotes.js';
import { advanceAdjunct, hasWords, trimEnd, trimStart, type Draft } from './text.js';

/** Fewer than one comma per 60 words in the body: the punctuation was stripped. */
export function isStripped(doc: Document): boolean {
  let words = 0;
  let commas = 0;
  const text = doc.text;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    // a character count is enough: spaces stand for words
    for (let i = p.start, end = Math.min(p.end, p.start + 20000); i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) words++;
      else if (c === 44) commas++;
    }
  }
  return words >= 40 && commas * 60 < words;
}

/** A hearer object of "told": a capitalised name of up to four words, a short description ("an investment conference"), reporters. */
const HEARER = /^[\s\u00A0]+(?:(?:the[\s\u00A0]+)?\p{Lu}[\p{L}.&-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.&-]*){0,3}|(?:a|an|the)[\s\u00A0]+\p{Ll}[\p{Ll}-]*(?:[\s\u00A0]+\p{Ll}[\p{Ll}-]*){0,2}|reporters|journalists|him|her|them|us|me)(?=[\s\u00A0]*(?:[.!?]|$|[\s\u00A0](?:on|in|at|after|during|by)\b))/u;

/** A participial adjunct after the cue: "said updating an earlier toll", "reported noting that …". */
export const PARTICIPIAL = /^[\s\u00A0]+(?:\p{Ll}+ing[\s\u00A0]+(?:that|an?|the|his|her|its|their|on|to)\b|(?:adding|stressing|noting|saying|citing|warning|explaining|pointing|updating|insisting)\b)/u;

/** After the cue only an adjunct and the sentence end (or a clause-final adverbial) follow. */
function cueEndsClause(text: string, cue: Span, s: Span, hearer = false): boolean {
  let at = advanceAdjunct(text, cue.end);
  // "… he told AFP." / "… Ibrahim Abu Leys told Anadolu Agency.": the hearer, not a source
  const h = hearer ? HEARER.exec(text.slice(at, Math.min(s.end, at + 80))) : null;
  if (h) at = advanceAdjunct(text, at + h[0].length);
  const after = text.slice(at, Math.min(s.end, at + 200));
  return /^[\s\u00A0]*(?:[.!?:]["”]?)?[\s\u00A0]*$/.test(after) || ADVERBIAL.test(after) || PARTICIPIAL.test(after);
}

/** "… Putin told an investment conference.": only a hearer (and adjuncts) between the cue and the sentence end. */
export function hearerEndsClause(text: string, cue: Span, s: Span): boolean {
  const at = advanceAdjunct(text, cue.end);
  return HEARER.test(text.slice(at, Math.min(s.end, at + 80))) && cueEndsClause(text, cue, s, true);
}

/** A source that can follow a clause without a comma: a determiner NP, a pronoun, or a titled/capitalised name. */
function speakerLike(text: string, sp: Span): boolean {
  const np = text.slice(sp.start, sp.end);
  const first = np.split(/\s+/)[0]!.toLowerCase();
  return /^(?:the|a|an|its|his|her|their)$/.test(first) || (first in personPronouns && first !== 'who') || /^\p{Lu}/u.test(np)
    || first in orgDescriptions || titleWords.has(first); // "observatory head Rami Abdel Rahman"
}

/** "CLAUSE NP said[ on Sunday]." */
export function wireClauseSaid(text: string, s: Span, cue: Span, sp: Span, hearer = false): Draft | null {
  if (!cueEndsClause(text, cue, s, hearer) || !speakerLike(text, sp)) return null;
  const start = trimStart(text, s.start, sp.start);
  const end = trimEnd(text, start, sp.start);
  if (!hasWords(text, { start, end }, 4)) return null;
  return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.wire-clause-said' };
}

/** The cue is followed by a source NP that ends the sentence: "…said the Syrian Observatory for Human Rights." */
export function wireSourceAfter(text: string, s: Span, cue: Span): boolean {
  const spA = sourceToEnd(text, s, cue); // a source NP is short: the sentence must end soon after the cue
  if (!spA || /^(?:he|she|they|we|i)\b/i.test(text.slice(spA.start, spA.end))) return false;
  // the NP shows no finite verb ("Britain-based" is no verb); an adjunct after it ("in a press release published on Wednesday") no auxiliary
  return !finiteMarkers.test(text.slice(spA.start, spA.end).replace(/-\p{L}+/gu, '')) && !AUXILIARY.test(text.slice(spA.end, spA.tailEnd));
}

/** An adjunct after a source NP: a prepositional phrase or relative clause ("in a statement", "which monitors …"). */
const TAIL_ADJUNCT = /^[\s\u00A0]+(?:in|on|at|for|from|with|via|during|after|which|who|through)[\s\u00A0]/;
const AUXILIARY = /\b(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did)\b/i;

/**
 * The source NP after the cue, running to the sentence end: an apposition or adjunct without commas
 * may follow it ("said Rami Abdel Rahman director of the Observatory a Britain-based monitor",
 * "said the Coalition in a press release published on Wednesday").
 */
function sourceToEnd(text: string, s: Span, cue: Span): (Span & { tailEnd: number }) | null {
  if (s.end - cue.end > 200) return null;
  const spA = speakerAfter(text, cue.end, s.end);
  if (!spA || !speakerLike(text, spA)) return null;
  const end = trimEnd(text, spA.end, s.end);
  if (end > spA.end && wordCount(text, { start: spA.end, end }) > 10) return null;
  // an adjunct ("in a press release published on Wednesday") is not part of the source; an apposition is
  if (end > spA.end && TAIL_ADJUNCT.test(text.slice(spA.end, end))) return { start: spA.start, end: spA.end, tailEnd: end };
  return { start: spA.start, end: Math.max(spA.end, end), tailEnd: Math.max(spA.end, end) };
}

/** "CLAUSE said NP." */
export function wireClauseSaidInverted(text: string, s: Span, cue: Span): Draft | null {
  const spA = sourceToEnd(text, s, cue);
  if (!spA) return null;
  const start = trimStart(text, s.start, cue.start);
  const end = trimEnd(text, start, cue.start);
  if (!hasWords(text, { start, end }, 4)) return null;
  return { start, end, kind: 'indirect', speaker: spA, cue, rule: 'claims.wire-clause-said-inverted' };
}

/** "According to NP CLAUSE" / "CLAUSE according to NP." */
export function wireAccordingTo(text: string, s: Span, cue: Span, sentenceInitial: boolean): Draft | null {
  if (sentenceInitial) {
    const sp = speakerAfter(text, cue.end, s.end);
    if (!sp) return null;
    const start = trimStart(text, sp.end, s.end);
    const end = trimEnd(text, start, s.end);
    if (!hasWords(text, { start, end }, 4)) return null;
    return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.wire-according-to' };
  }
  // "…killed according to the UK-based Observatory for Human Rights which tracks violence": the rest of the sentence
  // "…according to the Observatory due to heavy shelling": the NP; else the rest of the sentence
  const spEnd = trimEnd(text, cue.end, s.end);
  const np = speakerAfter(text, cue.end, s.end);
  const source = np && /^\p{Lu}|^the\b/u.test(text.slice(np.start, np.end)) ? np : { start: trimStart(text, cue.end, spEnd), end: spEnd };
  if (source.end <= source.start || wordCount(text, source) > 14) return null;
  const start = trimStart(text, s.start, cue.start);
  const end = trimEnd(text, start, cue.start);
  if (!hasWords(text, { start, end }, 4)) return null;
  return { start, end, kind: 'indirect', speaker: source, cue, rule: 'claims.wire-clause-according-to' };
}
