// Dates as web pages write them → ISO "YYYY-MM-DD" (with "THH:MM[:SS][zone]" when a time is given):
// ISO 8601 and its variants, RFC 2822 ("Wed, 04 May 2022 10:00:00 GMT"), numeric day-month-year
// (day first unless the page is American English or the numbers rule it out), and month names
// in English, German, French, Spanish, Italian, Portuguese, Dutch and Russian.
import { MONTH_NAMES } from '../months.js';

const pad = (n: number | string) => String(n).padStart(2, '0');
const MIN_YEAR = 1990;
const MAX_YEAR = 2035;

const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /(?<!\d)(20\d{2}|19\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
const NUMERIC = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;
const MONTH_WORD = '(\\p{L}{3,10})\\.?';
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s*(?:de\\s+)?${MONTH_WORD},?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu');

function month(word: string): number | undefined {
  const w = word.toLowerCase().normalize('NFC');
  return MONTH_NAMES[w] ?? MONTH_NAMES[w.replace(/\.$/, '')];
}

function valid(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export interface ParseOptions {
  /** Numeric dates: true = day first (most of the world), false = month first (US). */
  dayFirst: boolean;
  /** Accept "20191022" (URLs, meta values), not in running text. */
  compact?: boolean;
}

type Reader = (m: RegExpExecArray, opts: ParseOptions) => string | undefined;

const READERS: [RegExp, Reader][] = [
  [ISO, (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) return undefined;
    const time = m[4] && m[5] ? `T${pad(m[4])}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7] ?? ''}` : '';
    return ymd(y, mo, d) + time;
  }],
  [DAY_MONTH_YEAR, (m) => {
    const mo = month(m[2] ?? '');
    return mo && valid(Number(m[3]), mo, Number(m[1])) ? ymd(Number(m[3]), mo, Number(m[1])) : undefined;
  }],
  [MONTH_DAY_YEAR, (m) => {
    const mo = month(m[1] ?? '');
    return mo && valid(Number(m[3]), mo, Number(m[2])) ? ymd(Number(m[3]), mo, Number(m[2])) : undefined;
  }],
  [NUMERIC, (m, opts) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let y = Number(m[4]);
    if ((m[4] ?? '').length === 2) y += y > 50 ? 1900 : 2000;
    const dayFirst = a > 12 ? true : b > 12 ? false : opts.dayFirst;
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    return valid(y, mo, d) ? ymd(y, mo, d) : undefined;
  }],
  [COMPACT, (m, opts) => (opts.compact && valid(Number(m[1]), Number(m[2]), Number(m[3])) ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined)],
];

const globals = READERS.map(([re, read]) => [new RegExp(re.source, `${re.flags}g`), read] as const);

/** The first date written in `s`, as ISO, or undefined. */
export function parseDateText(s: string, opts: ParseOptions): string | undefined {
  let best: { at: number; iso: string } | undefined;
  for (const [re, read] of globals) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m && (!best || m.index < best.at); m = re.exec(s)) {
      const iso = read(m, opts);
      if (iso) {
        best = { at: m.index, iso };
        break;
      }
    }
  }
  return best?.iso;
}

/** A date in a URL path: /2019/10/22/, /2019-10-22-, /20191022. Year-month alone is not enough. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path);
  if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = COMPACT.exec(path);
  if (c && valid(Number(c[1]), Number(c[2]), Number(c[3]))) return ymd(Number(c[1]), Number(c[2]), Number(c[3]));
  return undefined;
}
