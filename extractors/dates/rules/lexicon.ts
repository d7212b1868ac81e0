// Normalisation tables (HeidelTime's "normalization" files): words → numbers and TIMEX3 codes.
// Pure data; validated by rules/schema.ts at load time. Keys are lower-case.
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../../src/document/months.js';
import { NUMBER_WORDS } from '../../../src/text/numbers.js';

export const lexicon = {
  // the project's one month/weekday table (src/document/months.ts)
  months: ENGLISH_MONTHS,
  weekdays: ENGLISH_WEEKDAYS,
  // number words from the project's one table (src/text/numbers.ts), plus what dates read as counts:
  // a bare article ("a year ago"), "a couple of", "half"; no zero, million or billion of anything here
  numbers: {
    a: 1,
    an: 1,
    ...Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([w]) => !['zero', 'million', 'billion'].includes(w))),
    'a couple of': 2,
    half: 0.5,
  } as Record<string, number>,
  /** Vague quantities: no number (value X). */
  vagueNumbers: ['several', 'few', 'a few', 'many', 'some', 'a number of', 'numerous', 'the past several', 'recent'],
  ordinals: {
    first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, sixth: 6,
    seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, last: -1, final: -1,
  },
  /** Duration unit words → TIMEX3 unit code (DE = decade, CE = century, MIN = minute). */
  units: {
    second: 'S', seconds: 'S', minute: 'MIN', minutes: 'MIN', min: 'MIN', mins: 'MIN', hour: 'H', hours: 'H', hrs: 'H',
    day: 'D', days: 'D', week: 'W', weeks: 'W', fortnight: 'W2', month: 'M', months: 'M', quarter: 'Q', quarters: 'Q',
    year: 'Y', years: 'Y', decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE',
  },
  seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
  /** Month/year parts → TIMEX3 mod. */
  parts: {
    early: 'START', beginning: 'START', start: 'START', 'first half': 'START', late: 'END', end: 'END',
    close: 'END', 'second half': 'END', mid: 'MID', middle: 'MID', 'the middle': 'MID',
  },
  /** Parts of the day → TIMEX3 time code. */
  dayParts: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI' },
  /** Deictic day words → offset from the publication date in days. */
  deicticDays: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 },
  /** Movable feasts → days from Easter Sunday; 'week' = the ISO week ending on Easter Sunday (Holy Week). */
  easter: {
    easter: 0, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, 'good friday': -2, 'holy thursday': -3,
    'maundy thursday': -3, 'palm sunday': -7, 'ash wednesday': -46, 'easter week': 'week', 'holy week': 'week',
  },
  /** Feasts on a fixed day → [month, day]. */
  fixedHolidays: {
    christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
    'world press freedom day': [5, 3], "international women's day": [3, 8], 'victory day': [5, 9], 'international day of peace': [9, 21],
    'united nations day': [10, 24], 'human rights day': [12, 10],
    'independence day': [7, 4], 'veterans day': [11, 11], halloween: [10, 31], "valentine's day": [2, 14],
  },
  /** Feasts on the nth weekday of a month → [month, ISO weekday, n] (n = -1: the last; 0: the Tuesday after the first Monday). */
  nthWeekdayHolidays: {
    thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1], 'election day': [11, 2, 0],
  },
  /** Set (frequency) words → TIMEX3 value. */
  sets: {
    daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
    nightly: 'P1D', biweekly: 'P2W', 'bi-weekly': 'P2W',
  },
} as const;

export type Lexicon = typeof lexicon;
