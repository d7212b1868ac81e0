// The date line at the head of a scraped article (rules: head-rules.ts) and the headline beside it,
// so segmentation can keep header, title and story apart when the page's lines were glued into one.
// A candidate is checked against the story's own dates (headDateFits) before it becomes `published`.
import { isSpaceAt } from './space.js';
import type { Span } from '../types.js';
import { HEAD_WINDOW, headRules, type HeadRule } from './head-rules.js';
import { isoOf, numericOrder, parseDateText, type Ymd } from './date-forms.js';
import { MONTH_PATTERN, weekdayNumber } from './months.js';

export interface HeadDate {
  /** Label, date, time, byline and glued furniture: never extracted from. */
  header: Span;
  /** The date itself. */
  date: Span;
  /** ISO date, or local date-time ("2017-05-03T22:35") when a clock was given. */
  iso: string;
  rule: string;
  /** The headline, when it can be told apart from the story. */
  title?: Span;
}

const pad = (n: number) => String(n).padStart(2, '0');
const FUNCTION_WORD = /^(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|as|after|over|into|near|against|amid|since|vs?\.?|&|-|–)$/;
// Ledes report in the past; headlines are in the present ("kills", "says").
const LEDE_VERB = /\b(?:was|were|had|has been|have been|said|says that)\b/i;
const MAX_TITLE = 160;

function clockOf(time: string | undefined): string | undefined {
  if (!time) return undefined;
  const m = /^(?<h>\d{1,2}):?(?<mi>\d{2})(?::?\d{2})?\s*(?<ampm>[ap])?/i.exec(time.trim())?.groups;
  if (!m) return undefined;
  let h = Number(m.h);
  if (m.ampm) h = (h % 12) + (m.ampm.toLowerCase() === 'p' ? 12 : 0);
  return h < 24 && Number(m.mi) < 60 ? `${pad(h)}:${m.mi}` : undefined;
}

function weekdayAgrees(wd: string | undefined, d: Ymd): boolean {
  if (!wd) return true;
  const iso = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
  return weekdayNumber(wd) === iso;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/** A headline after the header: a Title-Case run before the story, or a short present-tense sentence. */
function titleAfter(text: string, from: number, lineEnd: number): Span | undefined {
  const rest = text.slice(from, Math.min(lineEnd, from + MAX_TITLE + 40));
  const words = [...rest.matchAll(/\S+/g)];
  let run = 0;
  let functionWords = 0;
  for (const w of words) {
    const token = w[0];
    if (/^[\p{Lu}\d"“'‘(]/u.test(token) && !/^[\p{Lu}]{2,}$/u.test(token)) run++;
    else if (FUNCTION_WORD.test(token.toLowerCase())) {
      run++;
      functionWords++;
    } else break;
    if (/[.:!?]["”]?$/.test(token)) break;
  }
  // The run ends with the first word of the story ("… on Manbij A day after …"), unless a period closed it.
  const last = words[run - 1];
  if (run >= 6 && functionWords >= 1 && run < words.length && last && !/[.!?]["”]?$/.test(last[0])) {
    const end = from + (words[run - 2]?.index ?? 0) + (words[run - 2]?.[0].length ?? 0);
    return trimmed(text, from, end);
  }
  const stop = /[.!?]["”]?(?=\s+["“]?[\p{Lu}\d])/u.exec(rest);
  if (!stop || stop.index > MAX_TITLE) return undefined;
  const candidate = rest.slice(0, stop.index + stop[0].length);
  if (candidate.split(/\s+/).length < 3 || LEDE_VERB.test(candidate)) return undefined;
  return trimmed(text, from, from + candidate.length);
}

function tryRule(text: string, line: Span, rule: HeadRule, order: () => ReturnType<typeof numericOrder>): HeadDate | undefined {
  const head = text.slice(line.start, Math.min(line.end, line.start + HEAD_WINDOW));
  const m = rule.pattern.exec(head);
  const g = m?.groups;
  if (!m || !g?.date) return undefined;
  // the document's numeric-date evidence is read only for a numeric head date
  const date = parseDateText(g.date, /^\d{1,2}[./-]/.test(g.date) ? order() : undefined);
  if (!date || (rule.weekdayMustAgree && !weekdayAgrees(g.wd, date))) return undefined;
  const clock = clockOf(g.time);
  const start = line.start + m.index;
  const dateStart = start + m[0].indexOf(g.date);
  const out: HeadDate = {
    header: trimmed(text, start, start + m[0].length),
    date: { start: dateStart, end: dateStart + g.date.length },
    iso: clock ? `${isoOf(date)}T${clock}` : isoOf(date),
    rule: rule.id,
  };
  const before = trimmed(text, line.start, start);
  if (before.end - before.start > 0) {
    // an inside rule: the headline precedes the date; anything more than a headline is not a head
    if (before.end - before.start > MAX_TITLE * 1.5 || /[.!?]\s+\p{Lu}/u.test(text.slice(before.start, before.end))) return undefined;
    out.title = before;
  } else {
    const title = titleAfter(text, out.header.end, line.end);
    if (title) out.title = title;
  }
  return out;
}

/** The head date of the first line of a text, with its header span and the headline beside it. */
export function findHeadDate(text: string, line: Span): HeadDate | undefined {
  let cached: ReturnType<typeof numericOrder> | null = null;
  const order = () => (cached === null ? (cached = numericOrder(text.slice(0, 20000))) : cached);
  for (const rule of headRules) {
    const found = tryRule(text, line, rule, order);
    if (found) return found;
  }
  return undefined;
}

const NAMED_IN_TEXT = new RegExp(
  `(?<![\\w])(?:[0-3]?\\d\\s+${MONTH_PATTERN},?\\s*(?:19|20)\\d{2}|${MONTH_PATTERN}\\s+[0-3]?\\d,?\\s+(?:19|20)\\d{2})(?!\\d)`,
  'gi',
);
const NAMED_STICKY = new RegExp(NAMED_IN_TEXT.source, 'iy');
/** Every start of a year a NAMED_IN_TEXT match ends with (overlapping: "192020" has two). */
const YEAR = /(?:19|20)\d{2}/g;
const isWs = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * The NAMED_IN_TEXT matches of `body` in order, as a global scan finds them, stopping when `visit`
 * returns false. A match ends with a year and starts at most two space-free stretches before it (day
 * and month, a space run between, an optional one before the year), so the pattern is tried (sticky)
 * only from there to the year, each offset once, and most text is never tried at all.
 */
export function eachNamedDate(body: string, visit: (m: RegExpExecArray) => boolean): void {
  let from = 0;
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(body); y !== null; y = YEAR.exec(body)) {
    YEAR.lastIndex = y.index + 1;
    if (y.index < from) continue;
    let k = y.index;
    for (let part = 0; part < 4; part++) while (k > from && isWs(body[k - 1]) === (part % 2 === 0)) k--;
    for (let p = Math.max(from, k); p < y.index; p++) {
      NAMED_STICKY.lastIndex = p;
      const m = NAMED_STICKY.exec(body);
      if (m) {
        if (!visit(m)) return;
        from = p + m[0].length;
        break;
      }
      from = p + 1;
    }
  }
}
const FUTURE_CUE = /\b(?:will|would|shall|to be|scheduled|due|expected|planned|plans?|next|until|by|deadline|before)\b[^.]{0,60}$/i;
const DAY_MS = 86_400_000;
/** Farther than this from every date the story states, a head date belongs to another page. */
const FAR_DAYS = 3 * 366;

/**
 * Sanity of a head date against the story: not before an event the story reports as past (a stated
 * date after it without a future cue before it), and not far from every date the story states.
 */
export function headDateFits(iso: string, body: string): boolean {
  const head = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  let nearest = Infinity;
  let stated = 0;
  let fits = true;
  eachNamedDate(body, (m) => {
    const d = parseDateText(m[0].replace(/,/g, ' ').replace(/\s+/g, ' '));
    if (!d) return true;
    const t = Date.UTC(d.year, d.month - 1, d.day);
    stated++;
    nearest = Math.min(nearest, Math.abs(t - head) / DAY_MS);
    if (t - head > 2 * DAY_MS && !FUTURE_CUE.test(body.slice(Math.max(0, m.index - 80), m.index))) fits = false;
    return fits;
  });
  return fits && (stated === 0 || nearest <= FAR_DAYS);
}
