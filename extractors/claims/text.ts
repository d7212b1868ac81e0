// Span helpers shared by the claims stages: trimming content, bounded regex windows, lookups.
import type { Span } from '../../src/types.js';
import { ADJUNCT, CLOSE, OPENER } from './frames.js';
import { wordCount } from './quotes.js';
import type { ClaimKind } from './types.js';

export interface Draft extends Span {
  kind: ClaimKind;
  speaker: Span | null;
  cue: Span | null;
  rule: string;
  /** A fixed speaker name (transcript turn labels), bypassing resolution. */
  fixedName?: string | null;
}

/**
 * Annotation conventions. `objectContent`: noun-phrase contents of evaluative verbs ("criticized
 * Obama for …", "accused X of …", "called for …") are claims, as in PolNeAR; the project's gold
 * (fixtures/gold README §5) does not count them, so they are off by default.
 */
export interface ClaimOptions {
  objectContent?: boolean;
  /** A continuing quotation extends the direct claim before it (PolNeAR) instead of a claim with cue null. */
  joinContinued?: boolean;
  /**
   * Statement author claims (`claims.author-statement`: a ministry statement's paragraphs in the
   * institution's own voice; on by default). PolNeAR annotates no writer's voice, and its op-eds
   * ("we must …") read as statements, so eval-polnear turns them off; transcript turns stay.
   */
  statementAuthor?: boolean;
}

export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u00A0.,;:]/.test(text[e - 1]!)) e--;
  return e;
}
export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s\u00A0,:;—–-]/.test(text[s]!)) s++;
  const m = OPENER.exec(text.slice(s, Math.min(end, s + 200)));
  return m ? s + m[0].length : s;
}
export const blankOrComma = (text: string, from: number, to: number) => to - from < 400 && /^[\s\u00A0,]*$/.test(text.slice(from, to));
/** At least `n` words in the span (looks at a bounded prefix only). */
export function hasWords(text: string, span: Span, n: number): boolean {
  return wordCount(text, { start: span.start, end: Math.min(span.end, span.start + 40 * n) }) >= n;
}
/** The span of a sorted, non-overlapping list containing `x` (binary search). */
export function findSpan<T extends Span>(spans: readonly T[], x: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sp = spans[mid]!;
    if (x < sp.start) hi = mid - 1;
    else if (x >= sp.end) lo = mid + 1;
    else return sp;
  }
  return undefined;
}
export const hasQuote = (text: string, s: number, e: number) => /[“”"]|''/.test(text.slice(s, e));
export interface CueMatch {
  index: number;
  0: string;
  groups?: Record<string, string | undefined>;
}

/** Matches of a global regex inside [start, end) only (bounded work per window), with document offsets. */
export function matchesIn(re: RegExp, text: string, start: number, end: number): CueMatch[] {
  const out: CueMatch[] = [];
  const win = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    out.push({ index: start + m.index, 0: m[0], groups: m.groups });
    if (m[0].length === 0) re.lastIndex = stepPast(win, m.index);
    if (re.lastIndex <= m.index) break; // never loop in place (a /u regex puts lastIndex back to a surrogate pair's start)
  }
  return out;
}

/** The index after the code point at `i` (a surrogate pair is one step: lastIndex inside it is put back by /u regexes). */
export function stepPast(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
export function advanceAdjunct(text: string, at: number): number {
  const m = ADJUNCT.exec(text.slice(at, at + 120));
  return at + (m ? m[0].length : 0);
}
export function contentAfter(text: string, from: number, s: Span): Span | null {
  const start = trimStart(text, from, s.end);
  let end = trimEnd(text, start, s.end);
  // a closing quote mark after the final period belongs to a mixed claim: keep the mark off too
  if (CLOSE.test(text[end - 1] ?? '')) end = trimEnd(text, start, end - 1) + 0;
  return end - start >= 3 ? { start, end } : null;
}

/** A sentence end before a typewriter quotation opening (`… Mexicans. ''But I'd like …,'' she said.`): the sentence splitter keeps them together. */
const TYPEWRITER_OPENING = /[.!?][\s\u00A0]+(?='')/g;
/**
 * The paragraph's sentences, each cut where a sentence ends before a typewriter quotation opens
 * (`''` then a capital): the document's sentence splitter reads `''` as a closing mark there, and a
 * reported clause would run on into the next speaker's quotation. Only sentences holding `''` are scanned.
 */
export function splitTypewriterOpenings<S extends Span>(text: string, sentences: S[]): S[] {
  if (!sentences.length || !text.slice(sentences[0]!.start, sentences[sentences.length - 1]!.end).includes("''")) return sentences;
  const out: S[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (const m of matchesIn(TYPEWRITER_OPENING, text, s.start, s.end)) {
      const cut = m.index + m[0].length;
      if (!/^''\p{Lu}/u.test(text.slice(cut, cut + 3))) continue;
      out.push({ ...s, start, end: m.index + 1 });
      start = cut;
    }
    out.push(start === s.start ? s : { ...s, start });
  }
  return out;
}
