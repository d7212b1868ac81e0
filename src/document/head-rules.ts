// Rule data for the date line at the head of scraped articles, where the page's lines were glued into
// one ("Sun 16 Apr 2017 Title. Story…", "Published February 23 2015 Story…", "Last updated at Apr 232017",
// "21.08.2013Get short URL", "Title Monitor AFP Sunday 15 Feb 2015 Story…"). Ordered: the first rule
// that matches wins. `at: 'start'` rules match at the very start of the text; `inside` rules anywhere in
// the head window, and need stronger evidence (a weekday that agrees with the date, an agency, furniture).
// Named groups read by src/document/head.ts: date (parsed by src/document/date-forms.ts), wd, time.
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './months.js';

export interface HeadRule {
  id: string;
  description: string;
  at: 'start' | 'inside';
  pattern: RegExp;
  /** The weekday, when the rule captures one, must fall on the date. */
  weekdayMustAgree?: boolean;
}

/** Characters of the head searched by `inside` rules. */
export const HEAD_WINDOW = 320;

const YEAR = '(?:19|20)\\d{2}(?!\\d)';
// "Apr 232017": day and year glued is common in scraped timestamps.
const MDY = `${MONTH_PATTERN}\\s*[0-3]?\\d(?:st|nd|rd|th)?\\s*,?\\s*${YEAR}`;
const DMY = `[0-3]?\\d(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s*${YEAR}`;
const NUMERIC = `[0-3]?\\d(?<sep>[./-])[0-3]?\\d\\k<sep>${YEAR}`;
const ISO = `(?:19|20)\\d{2}-[01]\\d-[0-3]\\d(?!\\d)`;
const DATE = `(?<date>${DMY}|${MDY}|${NUMERIC}|${ISO})`;
const NAMED_DATE = `(?<date>${DMY}|${MDY})`;
const NUMERIC_DATE = `(?<date>${NUMERIC})`;
const WEEKDAY = `(?<wd>${WEEKDAY_PATTERN}),?\\s+`;
// A clock after the date: "22:35", "at 0914", "190703" (hhmmss glued); a bare four-digit number is a count.
const TIME = `(?:,?\\s*(?:at\\s+)?(?<time>[0-2]?\\d:[0-5]\\d(?::[0-5]\\d)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:GMT|UTC|MSK)(?:[+-]\\d{1,2})?)?|(?<=at\\s)[0-2]\\d[0-5]\\d|[0-2]\\d[0-5]\\d[0-5]\\d)(?!\\d))?`;
// Page furniture glued to the date ("21.08.2013Get short URL", "15.04.2017(updated 2033 15.04.2017)").
const FURNITURE = '(?:\\s*(?:Get short URL|\\((?:updated|modified)[^)]{0,40}\\)))?';
const LABEL =
  '(?:Date of publication|(?:First\\s+)?Published(?:\\s+on)?|Posted(?:\\s+on)?|(?:Last\\s+)?(?:updated|modified)(?:\\s+(?:at|on))?|Date)\\s*:?\\s*';
// "by Asharq Al-Awsat English", "by Nazeer Rida": two capitalised words after a labelled date.
const BYLINE = "(?:\\s+by\\s+[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?(?:\\s+English)?)?";
const AGENCY = '(?:AFP|AP|Reuters|REUTERS|SANA|TASS|Sputnik|Xinhua|Anadolu|DPA|dpa|IRNA|NNA|UPI|RIA Novosti)';

const rules: HeadRule[] = [
  {
    id: 'head.labelled',
    description: 'Published / Posted on / Last updated at / Date of publication + date (+ weekday, time, byline)',
    at: 'start',
    pattern: new RegExp(`^${LABEL}(?:${WEEKDAY})?${DATE}${TIME}${BYLINE}${FURNITURE}`, 'i'),
  },
  {
    id: 'head.weekday-date',
    description: 'Sun 16 Apr 2017, Wed Jul 27 2016, Wednesday 03 May 2017 22:35',
    at: 'start',
    pattern: new RegExp(`^${WEEKDAY}${DATE}${TIME}${FURNITURE}`, 'i'),
  },
  {
    id: 'head.date',
    description: '27 Apr 2017, August 12 2016, 04-04-2016, 21.08.2013Get short URL at the start of the text',
    at: 'start',
    pattern: new RegExp(`^${DATE}${TIME}${FURNITURE}`, 'i'),
  },
  {
    id: 'head.agency-weekday-date',
    description: 'Title Monitor AFP Sunday 15 Feb 2015 Story: a weekday that agrees with the date, after the title',
    at: 'inside',
    pattern: new RegExp(`(?<![\\w,])(?:${AGENCY}\\s+)?${WEEKDAY}${NAMED_DATE}${TIME}`),
    weekdayMustAgree: true,
  },
  {
    id: 'head.clock-date-furniture',
    description: 'Middle East 1730 28.04.2017Get short URL: clock, numeric date and glued page furniture',
    at: 'inside',
    pattern: new RegExp(`(?<!\\d)(?:[0-2]\\d[0-5]\\d\\s+)?${NUMERIC_DATE}(?:Get short URL|\\s*\\((?:updated|modified)[^)]{0,40}\\))`),
  },
  {
    id: 'head.date-agency',
    description: 'Title 6 October 2016 Aleppo SANA-Story: a date followed by a place and an agency',
    at: 'inside',
    pattern: new RegExp(`(?<![\\w,])${NAMED_DATE}(?=\\s+(?:[A-Z][\\w'’-]+\\s+){0,2}${AGENCY}\\b)`),
  },
];

function checkIds(list: readonly HeadRule[]): readonly HeadRule[] {
  const seen = new Set<string>();
  for (const r of list) {
    if (seen.has(r.id)) throw new Error(`duplicate head rule id ${r.id}`);
    seen.add(r.id);
  }
  return list;
}

export const headRules: readonly HeadRule[] = checkIds(rules);
