// Number expressions: digits ("2,031", "12800", "1.5 thousand"), number words ("twenty-five",
// "two hundred and fifty"), vague quantities ("dozens", "tens of thousands"), ranges ("10 to 15",
// "between 10 and 15") and the qualifier before them ("at least", "about", "as many as").
import type { CasualtyQualifier } from './types.js';
import { QUALIFIERS, SCALES, TENS, UNITS, VAGUE } from './lexicon.js';

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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;

const QUAL_ALT = QUALIFIERS.map((q) => q.phrase).sort(byLength).map(esc).join('|');
const NW = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].sort(byLength).join('|');
const NW_FIRST = [...Object.keys(UNITS), ...Object.keys(TENS)].sort(byLength).join('|');
// A word number starts with a unit or a ten ("two hundred"), or "a hundred"/"a thousand"; a bare
// scale word ("million" of "a quarter of a million") is not a number by itself.
const WORDNUM = `(?:a\\s+(?:hundred|thousand)|(?:${NW_FIRST}))(?:(?:[\\s-]+and)?[\\s-]+(?:${NW}))*`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:thousand|million))?`;
const VAGUE_ALT = VAGUE.map((v) => v.phrase).sort(byLength).map(esc).join('|');

const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,$#£€-])(?:(?<qual>${QUAL_ALT})\\s+)?(?:(?<between>between)\\s+)?(?<n1>${VAGUE_ALT}|${DIGITS}|${WORDNUM})(?:\\s*(?<rsep>–|-|to|or|and)\\s*(?<n2>${DIGITS}|${WORDNUM}))?(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);

/** Value of a digit expression, or undefined if it is not a whole number of people. */
export function parseDigits(s: string): number | undefined {
  const m = /^([\d,]+(?:\.\d+)?)(?:\s+(thousand|million))?$/i.exec(s.trim());
  if (!m) return undefined;
  const base = Number((m[1] as string).replace(/,/g, ''));
  const scale = m[2] ? (SCALES[(m[2] as string).toLowerCase()] as number) : 1;
  const v = base * scale;
  return Number.isInteger(v) ? v : undefined;
}

/** Value of number words ("two hundred and fifty" → 250), or undefined. */
export function parseWords(s: string): number | undefined {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if (w === 'a' && i === 0) {
      current = 1;
      continue;
    }
    if (w in UNITS) current += UNITS[w] as number;
    else if (w in TENS) current += TENS[w] as number;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] as number);
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

export function parseNumber(s: string): { value: number; vague?: (typeof VAGUE)[number] } | undefined {
  const lower = s.toLowerCase().replace(/\s+/g, ' ');
  const vague = VAGUE.find((v) => v.phrase === lower);
  if (vague) return { value: vague.count, vague };
  if (/^\d/.test(s)) {
    const v = parseDigits(s);
    return v === undefined ? undefined : { value: v };
  }
  const v = parseWords(s);
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
