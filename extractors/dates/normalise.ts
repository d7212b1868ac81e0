// Normalisers: one function per rule kind turns a match's named groups into TIMEX3 values.
import type { DateMention, TimexType } from './types.js';
import type { RawMatch } from './engine.js';
import { lexicon } from './rules/index.js';
import { resolveWeekday, resolveYear, type Era } from './resolve.js';
import type { Tense } from './tense.js';
import { addDays, addMonths, durationValue, fmt, isoWeekday, quarterOf, type Ymd } from './timex.js';

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
}

export type Built = Omit<DateMention, 'rangeWith'> & { rangeWithNext?: boolean };

const low = (s: string | undefined) => s?.toLowerCase().replace(/\s+/g, ' ').trim();
const lookup = <T>(table: Record<string, T>, key: string | undefined): T | undefined => (key === undefined ? undefined : table[low(key)!.replace(/\.$/, '')]);

export function parseNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = low(s)!.replace(/-/g, ' ');
  if (/^\d[\d,]*(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  const frac = /^(?<w>\d+)\s+(?<a>\d)\/(?<b>\d)$/.exec(t);
  if (frac?.groups) return Number(frac.groups.w) + Number(frac.groups.a) / Number(frac.groups.b);
  if (/^\d\/\d$/.test(t)) return Number(t[0]) / Number(t[2]);
  if (t === 'a half') return 0.5;
  const direct = lookup(lexicon.numbers, t);
  if (direct !== undefined) return direct;
  let total = 0;
  for (const w of t.split(' ')) {
    const v = lookup(lexicon.numbers, w);
    if (v === undefined) return undefined;
    if (v === 100 || w === 'thousand') total = (total || 1) * (w === 'thousand' ? 1000 : 100);
    else total += v;
  }
  return total || undefined;
}

export function spelledYear(s: string | undefined): number | undefined {
  const t = low(s)?.replace(/-/g, ' ').replace(/^the year /, '');
  if (!t) return undefined;
  if (t.startsWith('two thousand')) return 2000 + (parseNumber(t.replace(/^two thousand( and)?/, '').trim()) ?? 0);
  const m = /^(?<a>nineteen|twenty) (?<b>.+)$/.exec(t);
  if (!m?.groups) return undefined;
  const hi = m.groups.a === 'nineteen' ? 19 : 20;
  const lo = m.groups.b === 'hundred' ? 0 : parseNumber(m.groups.b);
  return lo === undefined || lo > 99 ? undefined : hi * 100 + lo;
}

const partMod = (p: string | undefined): string | undefined => {
  const t = low(p)?.replace(/^the /, '').replace(/ of$/, '').replace(/-$/, '');
  if (!t) return undefined;
  if (/^(?:early|beginning|start|first half|earlier)/.test(t)) return 'START';
  if (/^(?:late|end|close|second half|later)/.test(t)) return 'END';
  if (/^(?:mid|middle)/.test(t)) return 'MID';
  return undefined;
};

const approxMod = (m: string | undefined): string | undefined => {
  const t = low(m);
  if (!t) return undefined;
  if (/^(?:about|around|some|roughly|approximately)$/.test(t)) return 'APPROX';
  if (/^(?:nearly|almost|under|less than|fewer than|just under)$/.test(t)) return 'LESS_THAN';
  if (/^(?:more than|over|upwards of|just over)$/.test(t)) return 'MORE_THAN';
  if (/^(?:at least|no less than)$/.test(t)) return 'EQUAL_OR_MORE';
  if (/^(?:at most|up to|no more than|within)$/.test(t)) return 'EQUAL_OR_LESS';
  return undefined;
};

function relYear(rel: string | undefined, base: number | undefined): number | undefined {
  if (base === undefined) return undefined;
  const r = low(rel);
  if (r === 'last' || r === 'past' || r === 'this past' || r === 'the previous' || r === 'the prior') return base - 1;
  if (r === 'next' || r === 'the following' || r === 'the next' || r === 'coming' || r === 'this coming') return base + 1;
  return base;
}

function mention(m: RawMatch, type: TimexType, value: string, extra: Partial<Built> = {}): Built {
  const out: Built = { start: m.start, end: m.end, text: m.text, type, value, rule: m.rule, ...extra };
  if (out.inferred && Object.keys(out.inferred).length === 0) delete out.inferred;
  return out;
}

function monthOf(s: string | undefined): number | undefined {
  return lookup(lexicon.months, s?.replace(/\.$/, ''));
}

function capitalised(s: string | undefined): boolean {
  return !!s && /^[A-Z]/.test(s);
}

type Normaliser = (m: RawMatch, ctx: Context) => Built[] | null;

const dctYear = (ctx: Context) => ctx.dct?.year;
const yearInferred = (from: string | undefined): Record<string, string> => (from ? { year: from } : {});

function dayRange(m: RawMatch, ctx: Context): Built[] | null {
  const g = m.groups;
  const m1 = monthOf(g.m1?.text) ?? monthOf(g.m2?.text);
  const m2 = monthOf(g.m2?.text) ?? m1;
  if (!m1 || !m2 || (g.m1 && !capitalised(g.m1.text)) || (g.m2 && !capitalised(g.m2.text))) return null;
  const d1 = Number(g.d1?.text);
  const d2 = Number(g.d2?.text);
  if (m1 === m2 && d2 <= d1) return null;
  let year = g.y ? Number(g.y.text) : undefined;
  let from: string | undefined;
  if (year === undefined) {
    const r = resolveYear(ctx.dct, m1, d1, ctx.tense, ctx.era);
    year = r.year;
    from = r.from;
  }
  const y1 = m2 < m1 && g.y ? year! - 1 : year;
  // first end: month (if stated) + day; second end: the rest
  const firstEnd = g.m1 && m.kind === 'month-day-range' ? g.d1!.end : g.m1 ? g.m1.end : g.d1!.end;
  const firstStart = m.kind === 'month-day-range' ? g.m1!.start : g.d1!.start;
  const secondStart = m.kind === 'month-day-range' ? (g.m2 ?? g.d2)!.start : g.d2!.start;
  const text = m.text;
  const a: Built = {
    start: firstStart, end: firstEnd, text: text.slice(firstStart - m.start, firstEnd - m.start), type: 'DATE', value: fmt.day(y1, m1, d1), rule: m.rule,
    known: [g.m1 ? 'month' : '', 'day'].filter(Boolean), inferred: { ...(g.y ? { year: 'nearby-date' } : yearInferred(from)), ...(g.m1 ? {} : { month: 'nearby-date' }) }, rangeWithNext: true,
  };
  const b: Built = {
    start: secondStart, end: m.end, text: text.slice(secondStart - m.start), type: 'DATE', value: fmt.day(year, m2, d2), rule: m.rule,
    known: [g.m2 ? 'month' : '', 'day', g.y ? 'year' : ''].filter(Boolean), inferred: { ...(g.y ? {} : yearInferred(from)), ...(g.m2 ? {} : { month: 'nearby-date' }) },
  };
  for (const x of [a, b]) if (x.inferred && Object.keys(x.inferred).length === 0) delete x.inferred;
  return [a, b];
}

/** A two-digit year ("summer '99"): the century that puts it closest to the publication year (1900s without one). */
function shortYear(yy: number, dct: number | undefined): number {
  if (dct === undefined) return 1900 + yy;
  const century = Math.floor(dct / 100) * 100;
  const candidates = [century - 100 + yy, century + yy, century + 100 + yy];
  return candidates.reduce((a, b) => (Math.abs(b - dct) < Math.abs(a - dct) ? b : a));
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easterSunday(year: number): Ymd {
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

const toYmdOrder = (d: Ymd) => d.year * 10000 + d.month * 100 + d.day;

function seasonYear(rel: string | undefined, ctx: Context, season: string): number | undefined {
  const y = dctYear(ctx);
  if (y === undefined) return undefined;
  const r = low(rel);
  if (r === 'last' || r === 'past') return y - 1;
  if (r === 'next') return y + 1;
  if (r === 'this past' && ctx.dct && season !== 'WI') return ctx.dct.month < 6 ? y - 1 : y;
  return y;
}

function unitDate(unit: string, anchor: Ymd, n: number): { value: string; year: number } {
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

const UNKNOWN: Record<string, string> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX', CE: 'XX' };

export const normalisers: Record<RawMatch['kind'], Normaliser> = {
  'year-range': (m) => {
    const g = m.groups;
    const y1 = Number(g.y1!.text);
    const t2 = g.y2!.text;
    let y2 = t2.length === 2 ? Math.floor(y1 / 100) * 100 + Number(t2) : Number(t2);
    if (t2.length === 2 && y2 <= y1) y2 += 100; // "1999-00"
    // a score or an amount ("2000-1900"), not a span of years
    if (y2 <= y1 || y2 - y1 > 50) return null;
    const a: Built = { start: g.y1!.start, end: g.y1!.end, text: g.y1!.text, type: 'DATE', value: fmt.year(y1), rule: m.rule, known: ['year'], rangeWithNext: true };
    const b: Built = { start: g.y2!.start, end: g.y2!.end, text: t2, type: 'DATE', value: fmt.year(y2), rule: m.rule, known: ['year'] };
    return [a, b];
  },
  'week-of': (m, ctx) => {
    const month = monthOf(m.groups.m?.text);
    const day = Number(m.groups.d?.text);
    if (!month || !capitalised(m.groups.m?.text) || day < 1 || day > 31) return null;
    const r = m.groups.y ? { year: Number(m.groups.y.text), from: undefined } : resolveYear(ctx.dct, month, day, ctx.tense, ctx.era);
    if (r.year === undefined) return [mention(m, 'DATE', 'XXXX-WXX', { known: ['month', 'day'] })];
    return [mention(m, 'DATE', fmt.week({ year: r.year, month, day }), { known: ['month', 'day', ...(m.groups.y ? ['year'] : [])], ...(r.from ? { inferred: { year: r.from } } : {}) })];
  },
  'anaphoric-week': (m, ctx) => {
    // "for the week": a week the text has in view but does not number; the year is the publication year
    const y = dctYear(ctx);
    return [mention(m, 'DATE', `${fmt.year(y)}-WXX`, y === undefined ? {} : { inferred: { year: 'publication-date' } })];
  },
  'month-day-range': dayRange,
  'day-range-month': dayRange,
  'month-day': () => null,
  clock: () => null,
  chrono: () => null,
  vague: (m) => [mention(m, 'DATE', m.value ?? 'PRESENT_REF')],
  'month-year': (m, ctx) => {
    const mo = monthOf(m.groups.m?.text);
    if (!mo || !capitalised(m.groups.m?.text)) return null;
    const y = m.groups.y ? Number(m.groups.y.text) : m.groups.spelled ? spelledYear(m.groups.spelled.text) : relYear(m.groups.rel?.text, dctYear(ctx));
    if (m.groups.spelled && y === undefined) return null;
    const mod = partMod(m.groups.part?.text);
    return [mention(m, 'DATE', fmt.month(y, mo), { ...(mod ? { mod } : {}), known: ['month', ...(m.groups.rel ? [] : ['year'])], ...(m.groups.rel ? { inferred: { year: 'publication-date' } } : {}) })];
  },
  month: (m, ctx) => {
    const mo = monthOf(m.groups.m?.text);
    if (!mo || !capitalised(m.groups.m?.text)) return null;
    const rel = low(m.groups.rel?.text);
    let year: number | undefined;
    let from: string | undefined;
    if (ctx.dct && rel) {
      if (rel === 'last' || rel === 'past' || rel === 'this past') year = mo >= ctx.dct.month ? ctx.dct.year - 1 : ctx.dct.year;
      else if (rel === 'next' || rel === 'coming' || rel === 'this coming') year = mo <= ctx.dct.month ? ctx.dct.year + 1 : ctx.dct.year;
      else year = ctx.dct.year;
      from = 'publication-date';
    } else {
      const r = resolveYear(ctx.dct, mo, undefined, ctx.tense, ctx.era);
      year = r.year;
      from = r.from;
    }
    const mod = partMod(m.groups.part?.text);
    return [mention(m, 'DATE', fmt.month(year, mo), { ...(mod ? { mod } : {}), known: ['month'], inferred: yearInferred(from ?? 'unknown') })];
  },
  year: (m) => {
    const y = Number(m.groups.y?.text);
    const mod = m.groups.later ? 'ON_OR_AFTER' : partMod(m.groups.part?.text);
    return [mention(m, 'DATE', fmt.year(y), { ...(mod ? { mod } : {}), known: ['year'] })];
  },
  'spelled-year': (m) => {
    const y = spelledYear(m.groups.spelled?.text);
    return y === undefined || y < 1000 ? null : [mention(m, 'DATE', fmt.year(y), { known: ['year'] })];
  },
  decade: (m) => {
    const g = m.groups;
    let dec: string | undefined;
    if (g.dec) dec = g.dec.text.slice(0, 3);
    else if (g.short) dec = `19${g.short.text}`;
    else if (g.word) {
      const n = parseNumber(g.word.text.replace(/ies$/, 'y'));
      if (n !== undefined) dec = `19${n / 10}`;
    }
    if (!dec) return null;
    const mod = /last half/i.test(m.text) ? 'END' : partMod(g.part?.text);
    return [mention(m, 'DATE', dec, { ...(mod ? { mod } : {}), known: ['decade'] })];
  },
  century: (m) => {
    const o = m.groups.ord?.text ?? '';
    const n = /^\d/.test(o) ? parseInt(o, 10) : o.toLowerCase() === 'twenty-first' ? 21 : o.toLowerCase() === 'twentieth' ? 20 : lookup(lexicon.ordinals, o) ?? parseNumber(o.replace(/(?:th|eenth)$/, ''));
    return n ? [mention(m, 'DATE', String(n - 1).padStart(2, '0'), { known: ['century'] })] : null;
  },
  'deictic-day': (m, ctx) => {
    const off = lookup(lexicon.deicticDays, m.groups.deictic?.text) ?? 0;
    const dp = lookup(lexicon.dayParts, m.groups.daypart?.text);
    const mod = partMod(m.groups.part?.text);
    // without a publication date "today" can only mean the present
    if (!ctx.dct && off === 0 && !dp) return [mention(m, 'DATE', 'PRESENT_REF', mod ? { mod } : {})];
    const date = ctx.dct ? fmt.ymd(addDays(ctx.dct, off)) : 'XXXX-XX-XX';
    const inferred = ctx.dct ? { inferred: { date: 'publication-date' } } : {};
    if (dp) return [mention(m, 'TIME', `${date}T${dp}`, { ...(mod ? { mod } : {}), ...inferred })];
    return [mention(m, 'DATE', date, { ...(mod ? { mod } : {}), ...inferred })];
  },
  'anaphoric-day': (m, ctx) => {
    // counted from the date the text last named; with none named there is nothing to count from
    const anchor = ctx.discourse.date;
    if (!anchor) return null;
    const rel = low(m.groups.rel?.text) ?? '';
    const off = /next|following/.test(rel) ? 1 : /previous|prior/.test(rel) ? -1 : 0;
    const date = fmt.ymd(addDays(anchor, off));
    const dp = lookup(lexicon.dayParts, m.groups.unit?.text);
    const inferred = { inferred: { date: 'nearby-date' } };
    return [dp ? mention(m, 'TIME', `${date}T${dp}`, inferred) : mention(m, 'DATE', date, inferred)];
  },
  'part-of-day': (m, ctx) => {
    const alone = low(m.groups.alone?.text);
    const rel = low(m.groups.rel?.text);
    const dp = alone ? (alone === 'overnight' ? 'NI' : alone === 'midday' || alone === 'noon' ? 'MI' : alone === 'midnight' ? '24' : 'AF') : lookup(lexicon.dayParts, m.groups.daypart?.text);
    if (!dp) return null;
    const day = low(m.groups.day?.text);
    const off = rel === 'last' || rel === 'yesterday' || day === 'yesterday' ? -1 : rel === 'tomorrow' || day === 'tomorrow' ? 1 : 0;
    if (rel === 'last' && dp !== 'NI') return null;
    // "the morning", "overnight": of the day last named; "this morning", "last night": of the publication date
    const anchor = (rel === 'the' || alone) && !day && ctx.discourse.date ? ctx.discourse.date : ctx.dct;
    const date = anchor ? fmt.ymd(addDays(anchor, off)) : 'XXXX-XX-XX';
    const mod = partMod(m.groups.part?.text) ?? (/^mid[- ]?afternoon/.test(alone ?? '') ? 'MID' : undefined);
    // "noon" / "midday" and "midnight" are clock times (T12:00, T24 as in "midnight Friday")
    const value = dp === 'MI' ? `${date}T12:00` : `${date}T${dp}`;
    return [mention(m, 'TIME', value, { ...(mod ? { mod } : {}), inferred: { date: 'publication-date' } })];
  },
  'part-relative': (m, ctx) => {
    const unit = lookup(lexicon.units, m.groups.unit?.text) ?? 'Y';
    const rel = low(m.groups.rel?.text ?? m.groups.relyear?.text);
    const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    const mod = partMod(m.groups.part?.text);
    const value = ctx.dct ? unitDate(m.groups.relyear ? 'Y' : unit, ctx.dct, n).value : UNKNOWN[unit] ?? 'XXXX';
    return [mention(m, 'DATE', value, { ...(mod ? { mod } : {}), inferred: { anchor: 'publication-date' } })];
  },
  'relative-unit': (m, ctx) => {
    const unit = low(m.groups.unit?.text) === 'weekend' ? 'WE' : lookup(lexicon.units, m.groups.unit?.text) ?? 'Y';
    const rel = low(m.groups.rel?.text)!;
    if (rel === 'the last' && unit !== 'Y' && unit !== 'DE') return null;
    if ((rel === 'that' || rel === 'the same') && unit === 'Y') {
      const y = ctx.discourse.year ?? ctx.discourse.date?.year;
      return y === undefined ? null : [mention(m, 'DATE', fmt.year(y), { inferred: { year: 'nearby-date' } })];
    }
    if ((rel === 'the following' || rel === 'the previous' || rel === 'the prior') && unit === 'M' && ctx.discourse.month) {
      const r = addMonths(ctx.discourse.month.year, ctx.discourse.month.month, rel === 'the following' ? 1 : -1);
      return [mention(m, 'DATE', fmt.month(r.year, r.month), { inferred: { anchor: 'nearby-date' } })];
    }
    if (rel === 'the following' || rel === 'the previous' || rel === 'the prior') {
      const anchor = ctx.discourse.date ?? (ctx.discourse.year ? { year: ctx.discourse.year, month: 6, day: 15 } : ctx.dct);
      if (!anchor || unit === 'WE') return null;
      return [mention(m, 'DATE', unitDate(unit, anchor, rel === 'the following' ? 1 : -1).value, { inferred: { anchor: 'nearby-date' } })];
    }
    const n = /last|past|previous|prior/.test(rel) ? -1 : /next|coming|following/.test(rel) && rel !== 'this coming' ? 1 : 0;
    if (unit === 'WE') {
      if (!ctx.dct) return [mention(m, 'DATE', 'XXXX-WXX-WE')];
      const d = addDays(ctx.dct, 7 * n);
      return [mention(m, 'DATE', `${fmt.week(d)}-WE`, { inferred: { anchor: 'publication-date' } })];
    }
    if (unit === 'DE' && n === -1 && rel !== 'the last') return [mention(m, 'DURATION', 'P10Y')];
    if (unit === 'CE') return [mention(m, 'DURATION', 'P100Y')]; // "this century", "the past century": the last hundred years
    if (!ctx.dct) return [mention(m, 'DATE', UNKNOWN[unit] ?? 'XXXX')];
    if (unit === 'Q' && n === 0 && rel !== 'this' && rel !== 'the current') {
      // "the latest quarter": the one under discussion, but never one not yet completed
      const prev = addMonths(ctx.dct.year, ctx.dct.month, -3);
      const dq = ctx.discourse.quarter;
      const completed = (y: number | undefined, q: number) => y !== undefined && y * 4 + q <= prev.year * 4 + quarterOf(prev.month);
      if (dq && (!/latest|last|recent/.test(rel) || completed(dq.year, dq.q))) return [mention(m, 'DATE', fmt.quarter(dq.year, dq.q), { inferred: { quarter: 'nearby-date' } })];
      return [mention(m, 'DATE', fmt.quarter(prev.year, quarterOf(prev.month)), { inferred: { quarter: 'publication-date' } })];
    }
    return [mention(m, 'DATE', unitDate(unit, ctx.dct, n).value, { inferred: { anchor: 'publication-date' } })];
  },
  'year-end': (m, ctx) => {
    if (!ctx.dct) return [mention(m, 'DATE', 'XXXX', { mod: 'END' })];
    const rel = low(m.groups.rel?.text);
    const pre = low(m.groups.mod?.text ?? m.groups.pre?.text);
    const y = rel === 'last' || pre === 'since' || (!rel && ctx.tense === 'past' && pre !== 'by') ? ctx.dct.year - 1 : rel === 'next' ? ctx.dct.year + 1 : ctx.dct.year;
    const approx = pre === 'around' || pre === 'about';
    // "year-end" (accounting) is the closing day; "year end" / "the year's end" the end part of the year
    if (/year-end/i.test(m.text) && !approx) return [mention(m, 'DATE', `${fmt.year(y)}-12-31`, { inferred: { year: 'publication-date' } })];
    return [mention(m, 'DATE', approx ? `${fmt.year(y)}-12` : fmt.year(y), { mod: approx ? 'APPROX' : 'END', inferred: { year: 'publication-date' } })];
  },
  holiday: (m, ctx) => {
    const name = low(m.groups.holiday?.text)!;
    const easterOffset = lookup<number | string>(lexicon.easter, name);
    if (easterOffset !== undefined) {
      const rel = low(m.groups.rel?.text);
      // the year whose Easter is meant: a stated year, the rel word, else tense around this year's Easter
      let year: number | undefined = m.groups.y ? Number(m.groups.y.text) : undefined;
      if (year === undefined && ctx.dct) {
        const thisYear = easterSunday(ctx.dct.year);
        const passed = toYmdOrder(ctx.dct) > toYmdOrder(thisYear);
        if (rel === 'last') year = passed ? ctx.dct.year : ctx.dct.year - 1;
        else if (rel === 'next') year = passed ? ctx.dct.year + 1 : ctx.dct.year;
        else year = resolveYear(ctx.dct, thisYear.month, thisYear.day, ctx.tense, ctx.era).year;
      } else if (year === undefined) year = resolveYear(undefined, 4, undefined, ctx.tense, ctx.era).year;
      if (year === undefined) return [mention(m, 'DATE', easterOffset === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX', { known: ['holiday'] })];
      const sunday = easterSunday(year);
      const value = easterOffset === 'week' ? fmt.week(sunday) : fmt.ymd(addDays(sunday, Number(easterOffset)));
      return [mention(m, 'DATE', value, { known: ['holiday'], inferred: { year: 'publication-date' } })];
    }
    const fixed: Record<string, [number, number]> = {
      christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
      'world press freedom day': [5, 3], "international women's day": [3, 8], 'victory day': [5, 9], 'international day of peace': [9, 21],
      'united nations day': [10, 24], 'human rights day': [12, 10],
      'independence day': [7, 4], 'veterans day': [11, 11], halloween: [10, 31], "valentine's day": [2, 14],
    };
    // nth weekday of a month: [month, weekday, n] (n = -1: last)
    const floating: Record<string, [number, number, number]> = {
      thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1], 'election day': [11, 2, 0],
    };
    const f = fixed[name];
    const fl = floating[name];
    const month = f ? f[0] : fl![0];
    const rel = low(m.groups.rel?.text);
    let year: number | undefined;
    if (m.groups.y) year = Number(m.groups.y.text);
    else if (ctx.dct && rel === 'last') year = ctx.dct.month > month ? ctx.dct.year : ctx.dct.year - 1;
    else if (ctx.dct && rel === 'next') year = ctx.dct.month < month ? ctx.dct.year : ctx.dct.year + 1;
    else year = resolveYear(ctx.dct, month, f ? f[1] : 20, ctx.tense, ctx.era).year;
    if (year === undefined) return [mention(m, 'DATE', f ? fmt.day(undefined, f[0], f[1]) : `XXXX-${String(month).padStart(2, '0')}`)];
    let day: number;
    if (f) day = f[1];
    else {
      const [, wd, n] = fl!;
      if (n === 0) {
        // US Election Day: the Tuesday after the first Monday of November
        const first = isoWeekday({ year, month, day: 1 });
        day = 1 + ((1 - first + 7) % 7) + 1;
      } else if (n > 0) {
        const first = isoWeekday({ year, month, day: 1 });
        day = 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
      } else {
        const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const lw = isoWeekday({ year, month, day: lastDay });
        day = lastDay - ((lw - wd + 7) % 7);
      }
    }
    return [mention(m, 'DATE', fmt.day(year, month, day), { known: ['holiday'], inferred: { year: 'publication-date' } })];
  },
  weekend: (m, ctx) => {
    if (!ctx.dct) return [mention(m, 'DATE', 'XXXX-WXX-WE')];
    const rel = low(m.groups.rel?.text);
    const wd = isoWeekday(ctx.dct);
    const future = rel === 'next' || rel === 'this coming' || rel === 'the coming' || ((rel === 'the' || rel === 'this') && ctx.tense === 'future');
    // Saturday of the weekend meant: the coming one, or the latest one (on or before the publication date)
    const back = (wd - 6 + 7) % 7;
    let sat = future ? addDays(ctx.dct, wd >= 6 ? (rel === 'next' ? 13 - wd : 6 - wd) : 6 - wd) : addDays(ctx.dct, -back);
    if (!future && rel === 'last' && wd >= 6) sat = addDays(sat, -7);
    return [mention(m, 'DATE', `${fmt.week(sat)}-WE`, { inferred: { anchor: 'publication-date' } })];
  },
  season: (m, ctx) => {
    const s = lookup(lexicon.seasons, m.groups.season?.text);
    if (!s) return null;
    const g = m.groups;
    const explicit = g.y ? Number(g.y.text) : g.y2 ? Number(g.y2.text) : g.yy ? shortYear(Number(g.yy.text), dctYear(ctx)) : g.spelled ? spelledYear(g.spelled.text) : undefined;
    const rel = low(m.groups.rel?.text);
    if (!explicit && !rel && !m.groups.part && !m.groups.part2 && m.text.toLowerCase() === 'fall') return null;
    const y = explicit ?? seasonYear(rel, ctx, s);
    const mod = partMod(m.groups.part?.text ?? m.groups.part2?.text);
    return [mention(m, 'DATE', fmt.season(y, s), { ...(mod ? { mod } : {}), ...(explicit ? { known: ['season', 'year'] } : { known: ['season'], inferred: { year: 'publication-date' } }) })];
  },
  quarter: (m, ctx) => {
    const g = m.groups;
    const ord = low(g.ord?.text)!;
    const q = ord === 'final' || ord === 'last' ? 4 : lookup(lexicon.ordinals, ord);
    if (!q || q < 1 || q > 4) return null;
    if (low(g.unit?.text) === 'period' && !g.y1 && !g.y2) return null;
    let year: number | undefined;
    let inferred: Record<string, string> | undefined;
    if (g.y1 || g.y2) year = Number((g.y1 ?? g.y2)!.text);
    else if (g.relyear || g.relyear2 || (low(g.det?.text) === 'last' || low(g.det?.text) === 'next')) year = relYear((g.relyear ?? g.relyear2 ?? g.det)!.text, dctYear(ctx));
    else if (g.yadj) year = ctx.dct ? ctx.dct.year - 1 : undefined;
    else if (ctx.dct) {
      const cur = quarterOf(ctx.dct.month);
      year = q > cur && ctx.tense !== 'future' ? ctx.dct.year - 1 : ctx.dct.year;
      inferred = { year: 'publication-date' };
    }
    return [mention(m, 'DATE', fmt.quarter(year, q), inferred ? { inferred } : {})];
  },
  'year-period': (m, ctx) => {
    const y = Number(m.groups.y?.text);
    const unit = low(m.groups.unit?.text);
    if (unit === 'nine months') return [mention(m, 'DURATION', 'P9M', { known: ['year'] })];
    if (unit === 'first half' || unit === 'second half') return [mention(m, 'DATE', fmt.half(y, unit === 'first half' ? 1 : 2), { known: ['year'] })];
    const dq = ctx.discourse.quarter;
    return [mention(m, 'DATE', dq ? fmt.quarter(y, dq.q) : fmt.year(y), { known: ['year'], ...(dq ? { inferred: { quarter: 'nearby-date' } } : {}) })];
  },
  half: (m, ctx) => {
    const ord = low(m.groups.ord?.text);
    const h = ord === 'first' ? 1 : 2;
    const y = m.groups.y ? Number(m.groups.y.text) : m.groups.rel ? relYear(m.groups.rel.text, dctYear(ctx)) : ctx.discourse.year ?? dctYear(ctx);
    return [mention(m, 'DATE', fmt.half(y, h))];
  },
  'anaphoric-period': (m, ctx) => {
    const unit = low(m.groups.unit?.text);
    const det = low(m.groups.det?.text) ?? '';
    if (unit === 'year' || unit === 'fiscal year') {
      // "the year ended March 31": a twelve-month period; "for the year", "the full year", "the fiscal year":
      // the publication year (TimeBank: a DATE)
      if ((det === 'the' || det === 'the fiscal') && m.groups.ending) return [mention(m, 'DURATION', 'P1Y')];
      const y = det === 'that' || det === 'the same' ? ctx.discourse.year : dctYear(ctx);
      return y === undefined ? null : [mention(m, 'DATE', fmt.year(y))];
    }
    const endMonth = monthOf(m.groups.endm?.text);
    if (endMonth && unit !== 'period') {
      // "the quarter ended Sept. 30": the three months ending then, named by the calendar quarter that holds
      // most of them ("the quarter ended July 31" is May-July: the second)
      const y = ctx.dct ? (endMonth > ctx.dct.month ? ctx.dct.year - 1 : ctx.dct.year) : undefined;
      const endDay = Number(m.groups.endd?.text ?? 30);
      const mid = addMonths(y ?? 2000, endMonth, endDay >= 15 ? -1 : -2);
      return [mention(m, 'DATE', fmt.quarter(y === undefined ? undefined : mid.year, quarterOf(mid.month)), { inferred: { quarter: 'nearby-date' } })];
    }
    const dq = ctx.discourse.quarter;
    if (dq) return [mention(m, 'DATE', fmt.quarter(dq.year, dq.q), { inferred: { quarter: 'nearby-date' } })];
    if (unit === 'period') return null;
    if (!ctx.dct) return [mention(m, 'DATE', 'XXXX-QX')];
    const cur = quarterOf(ctx.dct.month);
    const prev = addMonths(ctx.dct.year, ctx.dct.month, -3);
    const v = det.includes('current') || det === 'this' ? fmt.quarter(ctx.dct.year, cur) : fmt.quarter(prev.year, quarterOf(prev.month));
    return [mention(m, 'DATE', v, { inferred: { quarter: 'publication-date' } })];
  },
  'year-ago': (m, ctx) => {
    const dq = ctx.discourse.quarter;
    const earlier = /earlier|before/i.test(m.text);
    if (dq && dq.year !== undefined) return [mention(m, 'DATE', fmt.quarter(dq.year - 1, dq.q), { inferred: { anchor: 'nearby-date' } })];
    const base = earlier ? ctx.discourse.year ?? dctYear(ctx) : dctYear(ctx);
    return [mention(m, 'DATE', base === undefined ? 'XXXX' : fmt.year(base - 1), { inferred: { anchor: earlier ? 'nearby-date' : 'publication-date' } })];
  },
  ago: (m, ctx) => {
    const n = parseNumber(m.groups.n?.text);
    const unit = lookup(lexicon.units, m.groups.unit?.text);
    if (n === undefined || !unit || unit === 'S' || unit === 'MIN' || unit === 'H') return null;
    const dir = low(m.groups.dir?.text)!;
    const mod0 = approxMod(m.groups.mod?.text);
    if (/^(?:earlier|before|later|after)$/.test(dir) && m.groups.n && m.groups.unit) {
      // TimeML: in "three days later" the timex is the duration; "later" is a signal
      const end = m.groups.unit.end;
      const text = m.text.slice(0, end - m.start);
      return [{ start: m.start, end, text, type: 'DURATION', value: durationValue(n, unit === 'W2' ? 'W' : unit === 'DE' ? 'DE' : unit), rule: m.rule, ...(mod0 ? { mod: mod0 } : {}) }];
    }
    const sign = /ago|earlier|before/.test(dir) ? -1 : 1;
    const anchor = dir === 'ago' || dir === 'from now' || dir === 'hence' ? ctx.dct : ctx.discourse.date ?? ctx.dct;
    const mod = approxMod(m.groups.mod?.text);
    const u = unit === 'W2' ? 'W' : unit;
    const k = unit === 'W2' ? 2 * n : n;
    if (!anchor) return [mention(m, 'DATE', UNKNOWN[u] ?? 'XXXX', mod ? { mod } : {})];
    if (u === 'DE' || u === 'CE') return [mention(m, 'DATE', fmt.year(anchor.year + sign * k * (u === 'DE' ? 10 : 100)), mod ? { mod } : {})];
    return [mention(m, 'DATE', unitDate(u, anchor, sign * Math.round(k)).value, { ...(mod ? { mod } : {}), inferred: { anchor: anchor === ctx.dct ? 'publication-date' : 'nearby-date' } })];
  },
  duration: (m) => {
    const g = m.groups;
    let unit = lookup(lexicon.units, g.unit?.text);
    // "day-long" without a number: one unit
    let n = g.n ? parseNumber(g.n.text) : g.long ? 1 : undefined;
    const nText = g.n?.text ?? '';
    if (!unit || n === undefined || (n >= 1000 && /^\d/.test(nText))) return null;
    if (/^\d/.test(nText) && /,/.test(nText) && n >= 1000) return null;
    if (unit === 'Q' && /-/.test(m.text)) return null; // "three-quarters" is a fraction
    if (unit === 'S' && /^an?$/i.test(nText)) return null; // "a second betrayal"
    if (unit === 'W2') {
      unit = 'W';
      n *= 2;
    }
    if (g.and) n += 0.5;
    if (unit === 'Q') return [mention(m, 'DURATION', `P${n * 3}M`, { known: ['amount', 'unit'] })];
    const det = low(g.det?.text);
    // "a year" alone: only with a quantity-taking context, otherwise too vague ("a year of war") - keep
    const mod = approxMod(g.mod?.text);
    const value = durationValue(n, unit);
    if (det === 'each of the' || det === 'all') return [mention(m, 'DURATION', value)];
    return [mention(m, 'DURATION', value, { ...(mod ? { mod } : {}), known: ['amount', 'unit'] })];
  },
  'vague-duration': (m) => {
    const unit = lookup(lexicon.units, (m.groups.unit ?? m.groups.plural)?.text);
    if (!unit) return null;
    const det = low(m.groups.det?.text);
    const vague = low(m.groups.vague?.text);
    if (vague === 'recent' && unit === 'Y') return [mention(m, 'DATE', 'PAST_REF')];
    if (vague === 'many' && !det) return null;
    const u = unit === 'DE' ? 'DE' : unit === 'CE' ? 'CE' : unit;
    const value = u === 'DE' ? 'PXDE' : u === 'CE' ? 'PXC' : u === 'Q' ? 'PXQ' : durationValue(undefined, u);
    return [mention(m, 'DURATION', value.replace('PXDE', 'PXE'))];
  },
  set: (m) => {
    const g = m.groups;
    if (g.word) return [mention(m, 'SET', lookup(lexicon.sets, g.word.text) ?? 'P1D')];
    if (g.word2) return [mention(m, 'SET', 'P1D')];
    if (g.wd) return [mention(m, 'SET', `XXXX-WXX-${lookup(lexicon.weekdays, g.wd.text)}`)];
    if (g.m) return [mention(m, 'SET', fmt.month(undefined, monthOf(g.m.text)!))];
    if (g.season) return [mention(m, 'SET', `XXXX-${lookup(lexicon.seasons, g.season.text)}`)];
    const unit = lookup(lexicon.units, (g.unit ?? g.unit2)?.text);
    if (!unit) return null;
    const n = g.n ? (low(g.n.text) === 'other' ? 2 : parseNumber(g.n.text) ?? 1) : 1;
    if (unit === 'Q') return [mention(m, 'SET', `P${n * 3}M`)];
    return [mention(m, 'SET', durationValue(n, unit === 'W2' ? 'W' : unit))];
  },
  weekday: (m, ctx) => {
    const wd = lookup(lexicon.weekdays, m.groups.wd?.text);
    if (!wd) return null;
    const rel = m.groups.rel?.text;
    const relL = low(rel);
    const anchor = relL === 'the previous' || relL === 'the following' ? ctx.discourse.date ?? ctx.dct : ctx.dct;
    const dp = lookup(lexicon.dayParts, m.groups.daypart?.text);
    const mod = partMod(m.groups.part?.text);
    if (!anchor) return [mention(m, dp ? 'TIME' : 'DATE', `XXXX-WXX-${wd}${dp ? `T${dp}` : ''}`, { known: ['weekday'] })];
    // "Wednesday's ruling": an event named by its day is one already reported, whatever modal is near
    const possessive = /['’]s$/.test(m.text);
    const date = fmt.ymd(resolveWeekday(anchor, wd, rel, possessive ? 'past' : ctx.tense));
    const inferred = { date: anchor === ctx.dct ? 'publication-date' : 'nearby-date' };
    if (m.groups.hh && m.groups.ampm) {
      let h = Number(m.groups.hh.text) % 12;
      if (/^p/i.test(m.groups.ampm.text)) h += 12;
      return [mention(m, 'TIME', fmt.time(date, h, m.groups.mm ? Number(m.groups.mm.text) : 0), { known: ['weekday', 'hour'], inferred })];
    }
    const clock = low(m.groups.clock?.text);
    if (clock) return [mention(m, 'TIME', `${date}T${clock === 'midnight' ? '24' : '12:00'}`, { known: ['weekday', 'hour'], inferred })];
    // news convention (TimeBank): "Friday night" is the date of that day
    if (dp) return [mention(m, 'DATE', date, { ...(mod ? { mod } : {}), known: ['weekday', 'day-part'], inferred })];
    return [mention(m, 'DATE', date, { ...(mod ? { mod } : {}), known: ['weekday'], inferred })];
  },
};
