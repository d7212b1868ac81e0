// Parses the timestamp lines publishers put above a story: "updated 9:43 AM UTC, Dec 29, 2017",
// "3 May 201618:07" (year and time glued together), "2016-09-19 18:07", "19.09.2016, 18:07".
import { MONTH_PATTERN, monthNumber } from './months.js';

export interface Timestamp {
  /** ISO date, or date-time with `Z` when a time was given (times are taken as UTC unless a zone says otherwise). */
  iso: string;
  kind: 'published' | 'updated';
}

const MONTH = `(?<mon>${MONTH_PATTERN})`;
const TIME = '(?<h>\\d{1,2}):(?<mi>\\d{2})(?::\\d{2})?\\s*(?<ampm>am|pm)?\\s*(?<zone>utc|gmt|msk)?';
const DATE_FORMS = [
  new RegExp(`(?<d>\\d{1,2})\\s+${MONTH},?\\s+(?<y>\\d{4})`, 'i'),
  new RegExp(`${MONTH}\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})`, 'i'),
  /(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/,
  /(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})/,
];
const ZONE_OFFSET: Record<string, number> = { utc: 0, gmt: 0, msk: 3 };

const pad = (n: number) => String(n).padStart(2, '0');

export function parseTimestamp(line: string): Timestamp | undefined {
  const kind = /\b(?:updated|modified)\b/i.test(line) ? 'updated' : 'published';
  let date: { y: number; m: number; d: number } | undefined;
  let rest = line;
  for (const re of DATE_FORMS) {
    const g = re.exec(line)?.groups;
    if (!g) continue;
    const m = g.mon ? monthNumber(g.mon) : Number(g.m);
    if (!m || m > 12) continue;
    date = { y: Number(g.y), m, d: Number(g.d) };
    rest = line.replace(re, ' ');
    break;
  }
  if (!date || date.d < 1 || date.d > 31) return undefined;
  const t = new RegExp(TIME, 'i').exec(rest)?.groups;
  if (!t) return { iso: `${date.y}-${pad(date.m)}-${pad(date.d)}`, kind };
  let hour = Number(t.h) % (t.ampm ? 12 : 24);
  if (t.ampm?.toLowerCase() === 'pm') hour += 12;
  const day = `${date.y}-${pad(date.m)}-${pad(date.d)}`;
  // Without a zone the time is the publisher's local time: kept as written, no `Z`.
  if (!t.zone) return { iso: `${day}T${pad(hour)}:${t.mi}`, kind };
  const zone = ZONE_OFFSET[t.zone.toLowerCase()] ?? 0;
  const ms = Date.UTC(date.y, date.m - 1, date.d, hour - zone, Number(t.mi));
  return { iso: new Date(ms).toISOString().replace(/:00\.000Z$/, 'Z'), kind };
}
