// Quotation spans in a paragraph: curly pairs “…”, straight pairs "…"; an opening mark left unclosed
// at the end of the paragraph runs to the paragraph end (multi-paragraph quotations).
import type { Span } from '../../src/types.js';

export interface Quote {
  /** Offsets of the opening and closing marks (close = paragraph end when unclosed). */
  open: number;
  close: number;
  closed: boolean;
  /** Inside the marks, trimmed. */
  inner: Span;
}

export function findQuotes(text: string, para: Span): Quote[] {
  const out: Quote[] = [];
  let openAt = -1;
  // a paragraph opening with a closing mark glued to a word (`”Fear. I am …” ― Name`) opens a quotation
  // when the paragraph has a later closing mark (a typo of hand-typed attribution lines)
  let first = para.start;
  while (first < para.end && /[\s\u00A0]/.test(text[first]!)) first++;
  let misOpen = -1;
  if (text[first] === '”' && /\p{L}/u.test(text[first + 1] ?? ''))
    for (let j = first + 1; j < para.end; j++) if (text[j] === '”') { misOpen = first; break; }
  for (let i = para.start; i < para.end; i++) {
    let c = text[i];
    if (i === misOpen) c = '“';
    // typewriter double apostrophes ('' … '') as used by some newspaper feeds
    const pair = c === "'" && text[i + 1] === "'";
    if (pair) c = '"';
    if (c === '“' || (c === '"' && openAt < 0)) {
      if (openAt < 0) openAt = pair ? i + 1 : i;
    } else if ((c === '”' || c === '"') && openAt >= 0) {
      out.push(make(text, openAt, pair ? i + 1 : i, true));
      openAt = -1;
    }
    if (pair) i++;
  }
  if (openAt >= 0) out.push(make(text, openAt, para.end, false));
  return out;
}

function make(text: string, open: number, close: number, closed: boolean): Quote {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  if (text[e - 1] === "'" && text[e] === "'") e--;
  while (e > s && /[\s,\u00A0]/.test(text[e - 1]!)) e--;
  return { open, close, closed, inner: { start: s, end: e } };
}

export function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}

/** A small word inside a title ("Face the Nation", "Fox and Friends"). */
const TITLE_SMALL = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'at', 'with', 'with']);
/**
 * A quoted title, not a quotation: at most four words, all capitalised but small words, right after a
 * preposition or a possessive (`on CBS's "Face the Nation,"`, `on "This Week"`, `on Fox News' "Hannity"`).
 */
export function isTitleQuote(text: string, q: Quote): boolean {
  if (!q.closed) return false;
  const ws = text.slice(q.inner.start, q.inner.end).replace(/[,.]$/, '').split(/[\s\u00A0]+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 4 || !ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.has(w)))) return false;
  return /(?:\b(?:on|in|of|to|from|at|with)|\p{L}(?:[’']s|[’']))[\s\u00A0]+$/u.test(text.slice(Math.max(0, q.open - 24), q.open));
}
