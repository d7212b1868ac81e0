// The project's one month and weekday table. English names drive text patterns (segmentation,
// datelines, head dates, the dates extractor's lexicon); the other languages serve HTML pages'
// printed dates (src/document/html/date-text.ts). Keys are lower-case.

/** English month names and abbreviations → 1–12. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** English weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7). */
export const ENGLISH_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Regex source: an English month name or abbreviation with an optional period (use with flag i or as written). */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Regex source: an English weekday name or abbreviation ("Wed", "Thurs.", "Saturday"). */
export const WEEKDAY_PATTERN =
  '(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?';

/** 1–12 for an English month name or abbreviation ("Sept.", "December"), else undefined. */
export function monthNumber(name: string): number | undefined {
  return ENGLISH_MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** ISO weekday 1–7 for an English weekday name or abbreviation, else undefined. */
export function weekdayNumber(name: string): number | undefined {
  return ENGLISH_WEEKDAYS[name.toLowerCase().replace(/\.$/, '')];
}

/** Month names and abbreviations in the languages of the pages we read (English first). */
export const MONTH_NAMES: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, 'januar jänner jän janvier janv enero ene gennaio genn gen janeiro januari января январь янв'],
      [2, 'februar feber février févr fevrier febrero febbraio fevereiro fev februari февраля февраль фев'],
      [3, 'märz mrz maerz mars marzo março maart mär марта март мар'],
      [4, 'avril abril aprile abr апреля апрель апр'],
      [5, 'mai mayo maggio maio mei mag мая май'],
      [6, 'juni juin junio giugno junho giu июня июнь июн'],
      [7, 'juli juillet julio luglio julho lug juil июля июль июл'],
      [8, 'août aout agosto ago augustus августа август авг'],
      [9, 'septembre septiembre settembre setembro set сентября сентябрь сен сент'],
      [10, 'oktober okt octobre octubre ottobre outubro ott out октября октябрь окт'],
      [11, 'novembre noviembre novembro ноября ноябрь ноя'],
      [12, 'dezember dez décembre déc diciembre dic dicembre dezembro декабря декабрь дек'],
    ] as const
  )
    .flatMap(([n, names]): Array<[string, number]> => names.split(' ').map((w) => [w, n]))
    .concat(Object.entries(ENGLISH_MONTHS)),
);
