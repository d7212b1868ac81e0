// Sentence boundaries inside one paragraph. A boundary is terminal punctuation (with any closing
// quotes/brackets) followed by space and a sentence-like start, except after abbreviations,
// initials ("J. Kerry") and inside numbers ("2.5").
import type { Span } from '../types.js';
import { abbreviations, titleAbbreviations } from './abbreviations.js';
import { isSpaceAt } from './space.js';

// A run of terminal punctuation with its closing quotes, matched whole (no lookahead, so no
// backtracking: a long run of dots without a following space costs linear time, not quadratic);
// it is a candidate only when whitespace follows.
const CANDIDATE = /[.!?\u2026]+["'”’»)\]]*/g;
const STARTER = /^\s+["'“‘«(\[\-\u2013\u2014]?\s*[\p{Lu}\d]/u;

const TOKEN_CHAR = /[\p{L}\p{N}.\-]/u;

/** [\p{L}\p{N}.\-] for one UTF-16 unit: ASCII decided by its code, the rest by the Unicode class. */
function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
  return TOKEN_CHAR.test(text[i]!);
}

function tokenBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isTokenChar(text, i - 1)) i--;
  return text.slice(i, end);
}

function isBoundary(text: string, punctStart: number, after: number, limit: number): boolean {
  if (!STARTER.test(text.slice(after, Math.min(limit, after + 8)))) return false;
  if (text[punctStart] !== '.') return true; // "!" "?" "…" end a sentence before a capital
  const token = tokenBefore(text, punctStart).toLowerCase();
  if (token === '') return true;
  if (/^\p{L}$/u.test(token)) return false; // an initial: "J. Kerry"
  if (titleAbbreviations.has(token)) return false;
  // Other abbreviations end a sentence only before a clear sentence start.
  if (abbreviations.has(token)) return /^\s+["“]?(?:The|A|An|In|On|It|He|She|We|They|This|That|But|However)\b/.test(text.slice(after, after + 12));
  if (/^(?:\p{L}\.){2,}\p{L}?$/u.test(token)) return false; // dotted acronyms not in the list
  return true;
}

/**
 * Longest sentence kept whole, in characters. Real sentences stay far below it (the longest of 8,484 in
 * FA-KES, PolNeAR dev and the corpus has 696); text without full stops is cut into pieces this long so
 * that every per-sentence rule, and the items it can produce, stay linear in the input.
 */
export const MAX_SENTENCE = 2000;

/** Cuts an over-long span after a clause mark (, ; :) near the limit, else at a space, else hard. */
function capLength(text: string, span: Span, out: Span[]): void {
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const limit = start + MAX_SENTENCE;
    let cut = -1;
    for (let i = limit - 1; i > limit - MAX_SENTENCE / 4 && cut < 0; i--) if (/[,;:]/.test(text[i] ?? '') && isSpaceAt(text, i + 1)) cut = i + 1;
    for (let i = limit - 1; i > start + MAX_SENTENCE / 2 && cut < 0; i--) if (isSpaceAt(text, i)) cut = i;
    if (cut < 0) cut = limit;
    out.push({ start, end: cut });
    start = cut;
    while (start < span.end && isSpaceAt(text, start)) start++;
  }
  if (start < span.end) out.push({ start, end: span.end });
}

export function splitSentences(text: string, span: Span): Span[] {
  const raw = splitAtBoundaries(text, span);
  if (raw.every((r) => r.end - r.start <= MAX_SENTENCE)) return raw;
  const out: Span[] = [];
  for (const r of raw) capLength(text, r, out);
  return out;
}

function splitAtBoundaries(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  let start = span.start;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
    const punctStart = span.start + m.index;
    const end = punctStart + m[0].length;
    if (end >= span.end || !isSpaceAt(text, end)) continue;
    if (!isBoundary(text, punctStart, end, span.end)) continue;
    out.push({ start, end });
    start = end;
    while (start < span.end && isSpaceAt(text, start)) start++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}
