// Normalisers for named periods: year end, holidays, weekends, seasons, quarters, halves, year periods.
import { lexicon } from '../rules/index.js';
import { resolveYear } from '../resolve.js';
import { addDays, fmt, isoWeekday, quarterOf } from '../timex.js';
import { low, lookup, spelledYear, partMod, relYear, mention, dctYear, shortYear, easterSunday, toYmdOrder, seasonYear } from './shared.js';
import type { Family } from './shared.js';

export const periodsNormalisers: Family = {
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
    const fixed: Readonly<Record<string, readonly [number, number]>> = lexicon.fixedHolidays;
    const floating: Readonly<Record<string, readonly [number, number, number]>> = lexicon.nthWeekdayHolidays;
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
};
