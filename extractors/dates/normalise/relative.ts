// Normalisers for dates counted from an anchor: deictic and anaphoric days and weeks, "ago", relative units, weekdays, parts of the day.
import { lexicon } from '../rules/index.js';
import { resolveWeekday, resolveYear } from '../resolve.js';
import { addDays, addMonths, durationValue, fmt, quarterOf } from '../timex.js';
import { low, lookup, parseNumber, partMod, approxMod, mention, monthOf, capitalised, dctYear, unitDate, UNKNOWN } from './shared.js';
import type { Family } from './shared.js';

export const relativeNormalisers: Family = {
  'zoned-clock': (m, ctx) => {
    const hh = Number(m.groups.hh?.text);
    const mm = Number(m.groups.mm?.text);
    const wd = lookup(lexicon.weekdays, m.groups.wd?.text);
    // the day: the weekday that follows ("2037 UTC+3 on Saturday"), else the publication date
    const day = ctx.dct ? (wd ? resolveWeekday(ctx.dct, wd, undefined, ctx.tense) : ctx.dct) : undefined;
    const date = day ? fmt.ymd(day) : wd ? `XXXX-WXX-${wd}` : 'XXXX-XX-XX';
    const inferred = day ? { date: wd ? 'publication-date+weekday' : 'publication-date' } : undefined;
    return [mention(m, 'TIME', fmt.time(date, hh, mm), { known: ['hour', 'minute'], ...(inferred ? { inferred } : {}) })];
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
    const possessive = /['’]s$/.test(m.text) || m.groups.poss !== undefined;
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
