// Turns chrono results (calendar dates, clock times) into mentions, resolving what chrono only implied
// (year, weekday date) with resolve.ts instead of chrono's closest-date guess.
import type { ChronoResult } from './chrono.js';
import type { Built, Context } from './normalise.js';
import { resolveWeekday, resolveYear } from './resolve.js';
import { fmt } from './timex.js';

export function fromChrono(r: ChronoResult, start: number, ctx: Context): Built | null {
  const c = r.start;
  const known = (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const).filter((k) => c.isCertain(k));
  const inferred: Record<string, string> = {};
  let date: string;
  if (c.isCertain('day') && c.isCertain('month')) {
    const month = c.get('month')!;
    const day = c.get('day')!;
    let year: number | undefined;
    if (c.isCertain('year')) year = c.get('year')!;
    else {
      const res = resolveYear(ctx.dct, month, day, ctx.tense, ctx.era);
      year = res.year;
      if (res.from) inferred.year = res.from;
    }
    date = fmt.day(year, month, day);
  } else if (c.isCertain('weekday')) {
    const wd = c.get('weekday')!;
    const iso = wd === 0 ? 7 : wd;
    if (ctx.dct) {
      date = fmt.ymd(resolveWeekday(ctx.dct, iso, undefined, ctx.tense));
      inferred.date = 'publication-date';
    } else date = `XXXX-WXX-${iso}`;
  } else if (c.isCertain('hour')) {
    if (ctx.discourse.date) {
      // a bare clock time belongs to the day the story last named
      date = fmt.ymd(ctx.discourse.date);
      inferred.date = 'nearby-date';
    } else if (ctx.dct) {
      date = fmt.ymd(ctx.dct);
      inferred.date = 'publication-date';
    } else date = 'XXXX-XX-XX';
  } else return null;
  const text = r.text;
  const approx = /^(?:about|around|approximately|roughly|some)\b/i.test(text);
  const out: Built = { start, end: start + text.length, text, type: 'DATE', value: date, rule: 'dates.calendar', known };
  if (c.isCertain('hour')) {
    const h = c.get('hour')!;
    const min = c.get('minute') ?? 0;
    out.type = 'TIME';
    out.value = fmt.time(date, h, min);
    out.rule = 'dates.clock';
  }
  if (approx) out.mod = 'APPROX';
  if (Object.keys(inferred).length) out.inferred = inferred;
  return out;
}
