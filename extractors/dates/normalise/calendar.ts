// Normalisers for calendar dates: years, months, month-day ranges, decades, centuries, vague references.
import { lexicon } from '../rules/index.js';
import { resolveYear } from '../resolve.js';
import { fmt } from '../timex.js';
import type { RawMatch } from '../engine.js';
import { low, lookup, parseNumber, spelledYear, partMod, relYear, mention, monthOf, capitalised, dctYear, yearInferred } from './shared.js';
import type { Context, Built, Family } from './shared.js';
import { parseDateText } from '../../../src/document/date-forms.js';

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

export const calendarNormalisers: Family = {
  'numeric-date': (m, ctx) => {
    const a = Number(m.groups.a?.text);
    const b = Number(m.groups.b?.text);
    const text = `${m.groups.a?.text}${m.groups.sep?.text}${m.groups.b?.text}${m.groups.sep?.text}${m.groups.y?.text}`;
    const d = parseDateText(text, ctx.numericOrder);
    if (!d) return null;
    // both numbers ≤ 12: the order was not stated but read from the document or the separator
    const inferred = a <= 12 && b <= 12 && a !== b ? { order: ctx.numericOrder ? 'document' : 'separator' } : undefined;
    return [mention(m, 'DATE', fmt.ymd({ year: d.year, month: d.month, day: d.day }), { known: ['day', 'month', 'year'], ...(inferred ? { inferred } : {}) })];
  },
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
  'month-day-range': dayRange,
  'day-range-month': dayRange,
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
};
