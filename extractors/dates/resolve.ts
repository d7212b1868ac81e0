// Anchoring to the publication date: past-biased, tense-aware year resolution for news
// (HeidelTime's news strategy) and weekday resolution.
import type { Tense } from './tense.js';
import { addDays, isoWeekday, toUtc, type Ymd } from './timex.js';

export interface YearResolution {
  year?: number;
  /** What the year was inferred from. */
  from?: 'publication-date' | 'tense' | 'era';
}

/** Months (YYYY-MM, inclusive) in which the names a text mentions were current; see src/document/era-clues.ts. */
export interface Era {
  from: string;
  to?: string;
}

/** Without a publication date: the one year in which the month falls inside the document's era, if unique. */
function yearFromEra(era: Era | undefined, month: number): YearResolution {
  if (!era?.to) return {};
  const mm = String(month).padStart(2, '0');
  const years: number[] = [];
  for (let y = Number(era.from.slice(0, 4)); y <= Number(era.to.slice(0, 4)); y++) {
    const ym = `${y}-${mm}`;
    if (ym >= era.from && ym <= era.to) years.push(y);
  }
  return years.length === 1 ? { year: years[0]!, from: 'era' } : {};
}

/**
 * Year of a month (and day) stated without a year, relative to the publication date.
 * Past tense and a date after the publication date → previous year; future tense and a date before
 * it → next year; otherwise the publication year, the previous one when the month is five or more months ahead,
 * the next one when it is eight or more months behind (how untensed month names fall in TimeBank/AQUAINT news:
 * "in January" written in November is mostly the coming January).
 */
export function resolveYear(dct: Ymd | undefined, month: number, day: number | undefined, tense: Tense | undefined, era?: Era): YearResolution {
  if (!dct) return yearFromEra(era, month);
  const cmp = month !== dct.month ? month - dct.month : day === undefined ? 0 : day - dct.day;
  // within ~6 weeks of the publication date the same year wins whatever the tense (tense detection is cheap)
  const days = (toUtc({ year: dct.year, month, day: day ?? 15 }).getTime() - toUtc(dct).getTime()) / 86400000;
  const near = Math.abs(days) <= 45;
  if (tense === 'past' && cmp > 0 && !near) return { year: dct.year - 1, from: 'tense' };
  if (tense === 'future' && cmp < 0 && !near) return { year: dct.year + 1, from: 'tense' };
  if (tense === undefined || tense === 'present') {
    const diff = month - dct.month;
    if (diff >= 5) return { year: dct.year - 1, from: 'publication-date' };
    if (diff <= -8) return { year: dct.year + 1, from: 'publication-date' };
  }
  return { year: dct.year, from: 'publication-date' };
}

/**
 * Date of a weekday name relative to the anchor: "last" → strictly before; "next" / "this coming" →
 * strictly after; otherwise by tense (past: on or before, future: on or after, none: nearest).
 */
export function resolveWeekday(anchor: Ymd, weekday: number, rel: string | undefined, tense: Tense | undefined): Ymd {
  const cur = isoWeekday(anchor);
  const back = (cur - weekday + 7) % 7; // days back to the most recent such weekday (0 = today)
  const fwd = (weekday - cur + 7) % 7;
  const r = rel?.toLowerCase().replace(/\s+/g, ' ');
  if (r === 'last' || r === 'this past' || r === 'past' || r === 'the previous') return addDays(anchor, -(back === 0 ? 7 : back));
  if (r === 'next' || r === 'this coming' || r === 'coming' || r === 'the following' || r === 'the next') return addDays(anchor, fwd === 0 ? 7 : fwd);
  if (tense === 'future') return addDays(anchor, fwd);
  // news reports mostly what happened: without a future marker, the most recent such day
  return addDays(anchor, -back);
}
