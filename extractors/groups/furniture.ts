// Page furniture glued into scraped text (rule data in rules.ts: FURNITURE_RULES, SELF_DESCRIPTION):
// tag lists, topic labels, related-headline lists and photo credits followed by a headline. The
// spans are computed once per document; a candidate inside one keeps its span in selection (so
// no shorter name takes it) and is then dropped, like a credit line. A name that runs past the
// end of the run is the story's ("… Damascus Syrian Observatory for Human Rights said") and stays.
import { FURNITURE_RULES, HEADLINE_FUNCTION_WORDS, REPORTING_VERBS, SENTENCE_OPENERS, type FurnitureRule } from './rules.js';
import { isCapitalised, tokenize, type Token } from './normalize.js';

export interface FurnitureSpan {
  start: number;
  end: number;
  rule: string;
}

/** How far a run may reach (characters after its label): lists of tags and headlines are short. */
const WINDOW = 600;

const startsUpperOrDigit = (t: Token) => isCapitalised(t.raw) || (t.raw.charCodeAt(0) >= 48 && t.raw.charCodeAt(0) <= 57);
const hyphenBetween = (a: Token) => /^[-‐‑]$/.test(a.rawSepAfter);
const sentenceEnd = (a: Token) => /[.!?]["”]?\s/.test(a.rawSepAfter) && a.raw.length > 1;

/** The tokens of the run after a label: index one past its last token (0: no run). */
function runLength(text: string, toks: readonly Token[], rule: FurnitureRule): number {
  let k = 0;
  let lastOpener = -1;
  while (k < toks.length) {
    const t = toks[k] as Token;
    if (k > 0 && sentenceEnd(toks[k - 1] as Token)) break;
    if (startsUpperOrDigit(t) || (k > 0 && hyphenBetween(toks[k - 1] as Token)) || (hyphenBetween(t) && toks[k + 1] && isCapitalised((toks[k + 1] as Token).raw))) {
      if (SENTENCE_OPENERS.has(t.raw)) lastOpener = k;
      k++;
      const m = rule.until?.exec(text.slice(t.end, t.end + 12));
      if (m) {
        // Tokens inside the closing pattern ("(180)") belong to the run.
        while (k < toks.length && (toks[k] as Token).start < t.end + m[0].length) k++;
        return k;
      }
      continue;
    }
    // A stretch of lower-case words continues the run only if a capitalised word follows it.
    let e = k;
    while (e < toks.length && !startsUpperOrDigit(toks[e] as Token)) e++;
    const stretch = toks.slice(k, e);
    const next = toks[e];
    const fits =
      rule.mode === 'headline'
        ? stretch.every((w) => HEADLINE_FUNCTION_WORDS.has(w.raw))
        : stretch.length <= 2 && stretch.every((w) => !HEADLINE_FUNCTION_WORDS.has(w.raw));
    if (!next || !fits || stretch.some((w) => sentenceEnd(w))) {
      if (lastOpener < 0 && REPORTING_VERBS.has(t.plain)) return Math.max(0, k - 1);
      break;
    }
    k = e;
  }
  // The story resumes at the last sentence opener of the run ("… Al Tabqa Reports On Saturday reports emerged").
  return lastOpener >= 0 ? lastOpener : k;
}

/** Furniture spans of a text, sorted by start. */
export function furniture(text: string): FurnitureSpan[] {
  const out: FurnitureSpan[] = [];
  for (const rule of FURNITURE_RULES) {
    if (!rule.hints.some((h) => text.includes(h))) continue;
    rule.label.lastIndex = 0;
    // A label inside this rule's previous run is part of it ("Tags Tags Tags …" stays linear).
    let covered = -1;
    for (const m of text.matchAll(rule.label)) {
      if ((m.index as number) < covered) continue;
      const from = (m.index as number) + m[0].length;
      const footer = rule.footer?.exec(text.slice(from, from + WINDOW + 100));
      if (footer) {
        out.push({ start: m.index as number, end: from + footer[0].length, rule: rule.id });
        covered = from + footer[0].length;
        continue;
      }
      const toks = tokenize(text, from, Math.min(text.length, from + WINDOW));
      const n = runLength(text, toks, rule);
      const end = n > 0 ? (toks[n - 1] as Token).end : from;
      out.push({ start: m.index as number, end, rule: rule.id });
      covered = end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The furniture span that contains [start, end), if any (spans are few: a linear scan). */
export function furnitureAt(spans: readonly FurnitureSpan[], start: number, end: number): FurnitureSpan | undefined {
  for (const s of spans) {
    if (s.start > start) return undefined;
    if (end <= s.end) return s;
  }
  return undefined;
}
