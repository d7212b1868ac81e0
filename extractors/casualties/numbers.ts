// Number expressions: digits ("2,031", "12800", "1.5 thousand"), number words ("twenty-five",
// "two hundred and fifty"), vague quantities ("dozens", "tens of thousands"), ranges ("10 to 15",
// "between 10 and 15") and the qualifier before them ("at least", "about", "as many as").
import type { CasualtyQualifier } from './types.js';
import { QUALIFIERS, VAGUE } from './lexicon.js';
import { SCALES, TENS, UNITS, parseDigits, parseNumberWords } from '../../src/text/numbers.js';
import { alt } from './patterns.js';

export interface NumberExpr {
  /** Start of the expression (qualifier included when it is part of the span). */
  start: number;
  /** Start of the qualifier phrase even when not in the span ("a total of"). */
  qualStart: number;
  numStart: number;
  numEnd: number;
  /** End of the whole expression (second number of a range included). */
  end: number;
  count: number;
  low: number;
  high: number;
  qualifier: CasualtyQualifier;
  qualifierStated: boolean;
  vague: boolean;
  range: boolean;
}

const QUAL_ALT = alt(QUALIFIERS.map((q) => q.phrase));
const NW = alt([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)]);
const NW_FIRST = alt([...Object.keys(UNITS), ...Object.keys(TENS)]);
// A word number starts with a unit or a ten ("two hundred"), or "a hundred"/"a thousand"; a bare
// scale word ("million" of "a quarter of a million") is not a number by itself.
const WORDNUM = `(?:a\\s+(?:hundred|thousand)|(?:${NW_FIRST}))(?:(?:[\\s-]+and)?[\\s-]+(?:${NW}))*`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million))?`;
const VAGUE_ALT = alt(VAGUE.map((v) => v.phrase));

const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,$#£€-])(?:(?<qual>${QUAL_ALT})\\s+)?(?:(?<between>between)\\s+)?(?<n1>${VAGUE_ALT}|${DIGITS}|${WORDNUM})(?:\\s*(?<rsep>–|-|to|or|and)\\s*(?<n2>${DIGITS}|${WORDNUM}))?(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);

type Parsed = { value: number; vague?: (typeof VAGUE)[number] } | undefined;
/** parseNumber's results by text ("12", "two hundred", "dozens"): the same few recur; bounded. */
const PARSED = new Map<string, Parsed>();

export function parseNumber(s: string): Parsed {
  let p = PARSED.get(s);
  if (p === undefined && !PARSED.has(s)) {
    if (PARSED.size >= 4096) PARSED.clear();
    p = parseUncached(s);
    PARSED.set(s, p);
  }
  return p;
}

function parseUncached(s: string): Parsed {
  const lower = s.toLowerCase().replace(/\s+/g, ' ');
  const vague = VAGUE.find((v) => v.phrase === lower);
  if (vague) return { value: vague.count, vague };
  if (/^\d/.test(s)) {
    const v = parseDigits(s);
    return v === undefined ? undefined : { value: v };
  }
  const v = parseNumberWords(s);
  return v === undefined ? undefined : { value: v };
}

/** All number expressions of a piece of text (offsets relative to `text`). */
export function findNumbers(text: string): NumberExpr[] {
  const out: NumberExpr[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const full = m[0];
    const start0 = m.index;
    const n1 = g.n1 as string;
    const qualText = g.qual;
    const n1Off = full.indexOf(n1, qualText ? qualText.length : 0);
    const numStart = start0 + n1Off;
    const numEnd = numStart + n1.length;
    const p1 = parseNumber(n1);
    let end = start0 + full.length;
    let range = false;
    let low: number | undefined;
    let high: number | undefined;
    if (g.n2 !== undefined) {
      const p2 = parseNumber(g.n2);
      const rsep = (g.rsep as string).toLowerCase();
      const before = text.slice(Math.max(0, start0 - 5), start0).toLowerCase();
      const okRange = p1 && p2 && !p1.vague && p2.value > p1.value && (rsep === 'and' ? g.between !== undefined : g.between === undefined) && !/\bfrom\s*$/.test(before);
      if (okRange) {
        range = true;
        low = p1.value;
        high = p2.value;
      } else {
        // Not a range: keep the first number only and rescan from its end.
        end = numEnd;
        NUMBER_RE.lastIndex = numEnd;
      }
    } else if (g.between !== undefined) {
      continue;
    }
    if (!p1) continue;
    if (p1.value === 0) continue;
    const q = qualText ? QUALIFIERS.find((x) => x.phrase === qualText.toLowerCase().replace(/\s+/g, ' ')) : undefined;
    let qualifier: CasualtyQualifier = 'exact';
    if (q) qualifier = q.qualifier === 'as_many_as' ? (p1.value % 10 === 0 ? 'up_to' : 'exact') : q.qualifier;
    else if (range || p1.vague) qualifier = 'approx';
    const qualStart = start0;
    const start = q && q.inSpan === false ? (g.between !== undefined ? start0 + full.indexOf(g.between, qualText?.length ?? 0) : numStart) : start0;
    out.push({
      start,
      qualStart,
      numStart,
      numEnd,
      end,
      count: range ? (low as number) : p1.value,
      low: range ? (low as number) : (p1.vague?.low ?? p1.value),
      high: range ? (high as number) : (p1.vague?.high ?? p1.value),
      qualifier,
      qualifierStated: q !== undefined,
      vague: p1.vague !== undefined,
      range,
    });
  }
  return out;
}
