// Reads one calendar date as scraped text writes it: "16 Apr 2017", "April 2 2017", "Apr 232017"
// (day and year glued), "21.08.2013", "04-04-2016", "4/5/2017", "2016-09-19". Numeric day/month
// order comes from locale evidence (see numericOrder), never from the reader's own locale.
import { MONTH_PATTERN, monthNumber } from './months.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export type NumericOrder = 'dmy' | 'mdy';

const NAMED_DMY = new RegExp(`^(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?<mon>${MONTH_PATTERN}),?\\s*(?<y>\\d{4})$`, 'i');
const NAMED_MDY = new RegExp(`^(?<mon>${MONTH_PATTERN})\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s*,?\\s*(?<y>\\d{4})$`, 'i');
const NUMERIC = /^(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})$/;
const ISO = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;
const NUMERIC_IN_TEXT = /(?<![\d./-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?:\d{4}|\d{2})(?![\d./-])/g;

export function validYmd(y: number, m: number, d: number): Ymd | undefined {
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return { year: y, month: m, day: d };
}

/**
 * Day-first or month-first, from the numeric dates of the text itself: a first number above 12 can only
 * be a day, a second above 12 only a day. Undefined when nothing decides.
 */
export function numericOrder(text: string): NumericOrder | undefined {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(NUMERIC_IN_TEXT)) {
    const a = Number(m.groups?.a);
    const b = Number(m.groups?.b);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy === mdy) return undefined;
  return dmy > mdy ? 'dmy' : 'mdy';
}

/**
 * `order` is the evidence of the document; without it dots and dashes are day-first (European and
 * Russian usage: "21.08.2013", "17-08-2016") and slashes month-first (American English).
 */
export function parseDateText(raw: string, order?: NumericOrder): Ymd | undefined {
  const s = raw.trim();
  const named = NAMED_DMY.exec(s)?.groups ?? NAMED_MDY.exec(s)?.groups;
  if (named) {
    const m = monthNumber(named.mon ?? '');
    return m ? validYmd(Number(named.y), m, Number(named.d)) : undefined;
  }
  const iso = ISO.exec(s)?.groups;
  if (iso) return validYmd(Number(iso.y), Number(iso.m), Number(iso.d));
  const num = NUMERIC.exec(s)?.groups;
  if (!num) return undefined;
  const a = Number(num.a);
  const b = Number(num.b);
  const y = Number(num.y);
  if (a > 12) return validYmd(y, b, a);
  if (b > 12) return validYmd(y, a, b);
  const dayFirst = order ? order === 'dmy' : num.sep !== '/';
  return dayFirst ? validYmd(y, b, a) : validYmd(y, a, b);
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoOf = (d: Ymd): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
