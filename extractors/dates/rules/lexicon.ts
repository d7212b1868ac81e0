// Normalisation tables (HeidelTime's "normalization" files): words → numbers and TIMEX3 codes.
// Pure data; validated by rules/schema.ts at load time. Keys are lower-case.

export const lexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: {
    monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
    friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
  },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, couple: 2, 'a couple of': 2, half: 0.5,
  },
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
  /** Set (frequency) words → TIMEX3 value. */
  sets: {
    daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
    nightly: 'P1D', biweekly: 'P2W', 'bi-weekly': 'P2W',
  },
} as const;

export type Lexicon = typeof lexicon;
