// Infers the year of a dateline that gives only month and day ("MOSCOW, September 19. /TASS/.").
// Clues, strongest first: the weekday the lede names ("said on Monday") must fall on that date;
// the latest year the text states in a date ("February 27, 2016") — a story is not dated before the
// events it reports and rarely long after; with no stated year, the weekday alone within a window
// allowed by the era of the names it mentions (src/document/era-clues.ts): the earliest year in that
// window whose calendar fits. Returns undefined rather than guess.
import { eraWindow, type EraWindow } from './era-clues.js';
import { weekdayNumber } from './months.js';
import { MONTH_PATTERN } from './months.js';

const WEEKDAY_IN_LEDE = /\b(?:on\s+)?(?<day>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const STATED_YEAR = new RegExp(`\\b${MONTH_PATTERN}(?:\\s+\\d{1,2})?,?\\s+(?<year>(?:19|20)\\d{2})\\b|\\b(?:in|since|until|of|by)\\s+(?<year2>(?:19|20)\\d{2})\\b`, 'g');

export interface YearClues {
  month: number;
  day: number;
  /** Text of the first sentence after the dateline (the lede). */
  lede: string;
  /** Whole text, for stated years. */
  text: string;
  /** The document's era; computed from `text` when not given. */
  era?: EraWindow | null;
}

export interface YearGuess {
  year: number;
  from: 'stated-year' | 'weekday+stated-year' | 'weekday+era';
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function statedYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(STATED_YEAR)) {
    const y = Number(m.groups?.year ?? m.groups?.year2);
    if (y) years.push(y);
  }
  return years;
}

export function inferDatelineYear(c: YearClues): YearGuess | undefined {
  const wd = WEEKDAY_IN_LEDE.exec(c.lede)?.groups?.day;
  // getUTCDay numbering: Sunday 0
  const weekday = wd ? (weekdayNumber(wd) ?? -1) % 7 : -1;
  const years = statedYears(c.text);
  if (years.length > 0) {
    const latest = Math.max(...years);
    if (weekday < 0) return { year: latest, from: 'stated-year' };
    // The first year from the latest stated one on whose calendar the weekday fits (stories
    // report recent events: look at most two years ahead).
    for (let y = latest; y <= latest + 2; y++) {
      if (weekdayOf(y, c.month, c.day) === weekday) return { year: y, from: 'weekday+stated-year' };
    }
    return { year: latest, from: 'stated-year' };
  }
  const era = weekday < 0 ? undefined : c.era === undefined ? eraWindow(c.text) : (c.era ?? undefined);
  if (!era) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const first = Number(era.from.slice(0, 4));
  const last = era.to ? Number(era.to.slice(0, 4)) : first + 10;
  for (let y = first; y <= last; y++) {
    const month = `${y}-${pad(c.month)}`;
    if (month < era.from || (era.to && month > era.to)) continue;
    if (weekdayOf(y, c.month, c.day) === weekday) return { year: y, from: 'weekday+era' };
  }
  return undefined;
}
