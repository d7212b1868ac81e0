// Wire datelines at the start of a story: "MOSCOW, September 19. /TASS/.", "DAMASCUS, Sept 19 (Reuters) -",
// "GENEVA (AP) —", "BEIRUT, 19 September 2016 (SANA) –". A place in capitals plus a date or an agency.
import type { Span } from '../types.js';
import { MONTH_PATTERN, monthNumber } from './months.js';

export interface DatelineMatch extends Span {
  place: string;
  month?: number;
  day?: number;
  year?: number;
  agency?: string;
  /** Span of the date part, when there is one. */
  date?: Span;
}

const MONTH = MONTH_PATTERN;
// The optional region after a comma ("KHMEIMIM, Latakia province") must not be the date's month.
const PLACE = `(?<place>[A-Z][A-Z'’.\\-]+(?:[ -][A-Z][A-Z'’.\\-]+){0,3}(?:,\\s*(?!${MONTH}\\s+\\d)[A-Z][A-Za-z'’.\\-]+(?: [A-Z][A-Za-z'’.\\-]+){0,2})?)`;
const DATE =
  `(?<date>(?<month1>${MONTH})\\s+(?<day1>\\d{1,2})(?:,?\\s+(?<year1>\\d{4}))?` +
  `|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH})(?:,?\\s+(?<year2>\\d{4}))?)`;
const AGENCY = '(?:/\\s*(?<agency1>[A-Za-z][A-Za-z\\- ]{1,20}?)\\s*/|\\((?<agency2>[A-Za-z][A-Za-z\\- ]{1,30}?)\\))';
const SEP = '(?:\\s*[.:]|\\s*[-\u2013\u2014]+)?';

// The comma after the place is often lost in scraped text ("BEIRUT August 21 (AP)").
const DATELINE = new RegExp(`^${PLACE}(?:,?\\s*${DATE})?\\.?\\s*(?:${AGENCY}${SEP})?${SEP}\\s*`);
// After a glued headline: place, date and the agency in parentheses, all three required.
const INLINE = new RegExp(`(?<=[\\p{Ll}\\d.!?"”:]\\s+)(?=[A-Z]{3,}[^\\n]{0,40}?\\s${DATE}\\s*\\(${'[A-Za-z][A-Za-z\\- ]{1,30}?'}\\))`, 'gu');

export function findDateline(text: string, paragraph: Span): DatelineMatch | undefined {
  const slice = text.slice(paragraph.start, paragraph.end);
  const m = DATELINE.exec(slice);
  const g = m?.groups;
  if (!m || !g || !g.place) return undefined;
  const hasDate = g.date !== undefined;
  const agency = g.agency1 ?? g.agency2;
  // A capitalised word alone is not a dateline; nor is a whole paragraph.
  if (!hasDate && !agency) return undefined;
  if (m[0].length >= slice.length) return undefined;
  if (!/[A-Z]{3}/.test(g.place)) return undefined;
  const out: DatelineMatch = { start: paragraph.start, end: paragraph.start + m[0].length, place: g.place.replace(/,\s*$/, '') };
  if (hasDate) {
    const month = monthNumber(g.month1 ?? g.month2 ?? '');
    const day = Number(g.day1 ?? g.day2);
    const year = g.year1 ?? g.year2;
    if (month) out.month = month;
    out.day = day;
    if (year) out.year = Number(year);
    const dateStart = slice.indexOf(g.date as string);
    out.date = { start: paragraph.start + dateStart, end: paragraph.start + dateStart + (g.date as string).length };
  }
  if (agency) out.agency = agency.trim();
  return out;
}

/** Offset of a dateline that follows a headline on the same line (scraped text), within the first 300 characters. */
export function inlineDatelineStart(text: string, line: Span): number | undefined {
  const head = text.slice(line.start, Math.min(line.end, line.start + 300));
  for (const m of head.matchAll(INLINE)) {
    const at = line.start + m.index;
    if (findDateline(text, { start: at, end: line.end })) return at;
  }
  return undefined;
}
