// Shared pieces of the normalisers (normalise.ts assembles the families): context, discourse state, small parsers.
import type { DateMention, TimexType } from '../types.js';
import type { RawMatch } from '../engine.js';
import { lexicon } from '../rules/index.js';
import { resolveWeekday, resolveYear, type Era } from '../resolve.js';
import type { Tense } from '../tense.js';
import type { NumericOrder } from '../../../src/document/date-forms.js';
import { addDays, addMonths, durationValue, fmt, isoWeekday, quarterOf, type Ymd } from '../timex.js';
import { parseNumber as parseSharedNumber } from '../../../src/text/numbers.js';

export interface Discourse {
  /** Last quarter mentioned in the document (for "the quarter", "a year earlier"). */
  quarter?: { year?: number; q: number };
  /** Last explicit date (for "the following year", "two days later"). */
  date?: Ymd;
  year?: number;
  /** Last month-level mention (for "the following month"). */
  month?: { year: number; month: number };
}

export interface Context {
  dct?: Ymd;
  /** Only without a publication date: the period the document's names date it to. */
  era?: Era;
  tense: Tense | undefined;
  discourse: Discourse;
  /** Day-first or month-first, when the document's own numeric dates decide (src/document/date-forms.ts). */
  numericOrder?: NumericOrder;
}

export type Built = Omit<DateMention, 'rangeWith'> & { rangeWithNext?: boolean };

export const low = (s: string | undefined) => s?.toLowerCase().replace(/\s+/g, ' ').trim();
export const lookup = <T>(table: Record<string, T>, key: string | undefined): T | undefined => (key === undefined ? undefined : table[low(key)!.replace(/\.$/, '')]);

/** Number words through the project's one table and parser; a bare article counts one here ("a year ago"). */
export function parseNumber(s: string | undefined): number | undefined {
  return s !== undefined && /^an?$/i.test(s.trim()) ? 1 : parseSharedNumber(s);
}

export { spelledYear } from '../../../src/text/numbers.js';

export const partMod = (p: string | undefined): string | undefined => {
  const t = low(p)?.replace(/^the /, '').replace(/ of$/, '').replace(/-$/, '');
  if (!t) return undefined;
  if (/^(?:early|beginning|start|first half|earlier)/.test(t)) return 'START';
  if (/^(?:late|end|close|second half|later)/.test(t)) return 'END';
  if (/^(?:mid|middle)/.test(t)) return 'MID';
  return undefined;
};

export const approxMod = (m: string | undefined): string | undefined => {
  const t = low(m);
  if (!t) return undefined;
  if (/^(?:about|around|some|roughly|approximately)$/.test(t)) return 'APPROX';
  if (/^(?:nearly|almost|under|less than|fewer than|just under)$/.test(t)) return 'LESS_THAN';
  if (/^(?:more than|over|upwards of|just over)$/.test(t)) return 'MORE_THAN';
  if (/^(?:at least|no less than)$/.test(t)) return 'EQUAL_OR_MORE';
  if (/^(?:at most|up to|no more than|within)$/.test(t)) return 'EQUAL_OR_LESS';
  return undefined;
};

export function relYear(rel: string | undefined, base: number | undefined): number | undefined {
  if (base === undefined) return undefined;
  const r = low(rel);
  if (r === 'last' || r === 'past' || r === 'this past' || r === 'the previous' || r === 'the prior') return base - 1;
  if (r === 'next' || r === 'the following' || r === 'the next' || r === 'coming' || r === 'this coming') return base + 1;
  return base;
}

export function mention(m: RawMatch, type: TimexType, value: string, extra: Partial<Built> = {}): Built {
  const out: Built = { start: m.start, end: m.end, text: m.text, type, value, rule: m.rule, ...extra };
  if (out.inferred && Object.keys(out.inferred).length === 0) delete out.inferred;
  return out;
}

export function monthOf(s: string | undefined): number | undefined {
  return lookup(lexicon.months, s?.replace(/\.$/, ''));
}

export function capitalised(s: string | undefined): boolean {
  return !!s && /^[A-Z]/.test(s);
}

export type Normaliser = (m: RawMatch, ctx: Context) => Built[] | null;

export const dctYear = (ctx: Context) => ctx.dct?.year;
export const yearInferred = (from: string | undefined): Record<string, string> => (from ? { year: from } : {});

export function shortYear(yy: number, dct: number | undefined): number {
  if (dct === undefined) return 1900 + yy;
  const century = Math.floor(dct / 100) * 100;
  const candidates = [century - 100 + yy, century + yy, century + 100 + yy];
  return candidates.reduce((a, b) => (Math.abs(b - dct) < Math.abs(a - dct) ? b : a));
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return { year, month, day };
}

export const toYmdOrder = (d: Ymd) => d.year * 10000 + d.month * 100 + d.day;

export function seasonYear(rel: string | undefined, ctx: Context, season: string): number | undefined {
  const y = dctYear(ctx);
  if (y === undefined) return undefined;
  const r = low(rel);
  if (r === 'last' || r === 'past') return y - 1;
  if (r === 'next') return y + 1;
  if (r === 'this past' && ctx.dct && season !== 'WI') return ctx.dct.month < 6 ? y - 1 : y;
  return y;
}

export function unitDate(unit: string, anchor: Ymd, n: number): { value: string; year: number } {
  switch (unit) {
    case 'D': {
      const d = addDays(anchor, n);
      return { value: fmt.ymd(d), year: d.year };
    }
    case 'W': {
      const d = addDays(anchor, 7 * n);
      return { value: fmt.week(d), year: d.year };
    }
    case 'M': {
      const r = addMonths(anchor.year, anchor.month, n);
      return { value: fmt.month(r.year, r.month), year: r.year };
    }
    case 'Q': {
      const r = addMonths(anchor.year, anchor.month, 3 * n);
      return { value: fmt.quarter(r.year, quarterOf(r.month)), year: r.year };
    }
    case 'DE':
      return { value: String(Math.floor((anchor.year + 10 * n) / 10)), year: anchor.year + 10 * n };
    case 'CE':
      return { value: String(Math.floor((anchor.year + 100 * n) / 100)), year: anchor.year + 100 * n };
    default:
      return { value: fmt.year(anchor.year + n), year: anchor.year + n };
  }
}

export const UNKNOWN: Record<string, string> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX', CE: 'XX' };

export type Family = { [K in RawMatch['kind']]?: Normaliser };
