// The project's one number-word table and parser (casualty counts, date quantities, spelled years).
// Words → values; the parsers accept digits with thousands separators, decimals, simple fractions,
// number words ("two hundred and fifty", "twenty-five", "a thousand") and "1.5 thousand".

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };
/** Counting nouns that act as numbers ("a dozen", "a couple of"). */
export const COUNT_NOUNS: Readonly<Record<string, number>> = { dozen: 12, couple: 2 };

/** Every number word (units, tens, scales, counting nouns) → value; "a"/"an" = 1 only before a scale. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...UNITS, ...TENS, ...SCALES, ...COUNT_NOUNS };

const fold = (s: string) => s.toLowerCase().replace(/[\s\u00A0]+/g, ' ').trim();

/** Value of a digit expression ("2,031", "12800", "1.5 thousand"), or undefined if not a whole number. */
export function parseDigits(s: string): number | undefined {
  const m = /^([\d,]+(?:\.\d+)?)(?:\s+(thousand|million|billion))?$/i.exec(s.trim());
  if (!m) return undefined;
  const base = Number((m[1] as string).replace(/,/g, ''));
  const scale = m[2] ? (SCALES[(m[2] as string).toLowerCase()] as number) : 1;
  const v = base * scale;
  return Number.isInteger(v) && Number.isFinite(v) ? v : undefined;
}

/**
 * Value of number words ("two hundred and fifty" → 250, "twenty-five" → 25, "a thousand" → 1000,
 * "a couple of" → 2, "half" → 0.5), or undefined when a word is not a number word.
 */
export function parseNumberWords(s: string): number | undefined {
  const t = fold(s).replace(/-/g, ' ');
  if (t === 'half' || t === 'a half') return 0.5;
  const words = t.split(' ').filter((w) => w !== 'and' && w !== '');
  if (words[words.length - 1] === 'of' && words.includes('couple')) words.pop();
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    // "a"/"an" only as the first word ("a hundred", "a dozen", "a couple").
    if ((w === 'a' || w === 'an') && i === 0) {
      current = 1;
      continue;
    }
    if (w in UNITS) current += UNITS[w] as number;
    else if (w in TENS) current += TENS[w] as number;
    else if (w in COUNT_NOUNS) current = (current || 1) * (COUNT_NOUNS[w] as number);
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] as number);
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** Digits, fractions ("5 1/2", "1/2") or number words; undefined otherwise. */
export function parseNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = fold(s);
  if (/^\d[\d,]*(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  const frac = /^(?<w>\d+) (?<a>\d)\/(?<b>\d)$/.exec(t);
  if (frac?.groups) return Number(frac.groups.w) + Number(frac.groups.a) / Number(frac.groups.b);
  if (/^\d\/\d$/.test(t)) return Number(t[0]) / Number(t[2]);
  if (/^\d/.test(t)) return parseDigits(t);
  const v = parseNumberWords(t);
  return v === 0 ? undefined : v;
}

/** A year written in words: "nineteen ninety-six" → 1996, "two thousand and five" → 2005, "the year two thousand". */
export function spelledYear(s: string | undefined): number | undefined {
  const t = s === undefined ? undefined : fold(s).replace(/-/g, ' ').replace(/^the year /, '');
  if (!t) return undefined;
  if (t.startsWith('two thousand')) {
    const rest = t.replace(/^two thousand( and)?/, '').trim();
    const lo = rest === '' ? 0 : parseNumberWords(rest);
    return lo === undefined || lo > 99 ? undefined : 2000 + lo;
  }
  const m = /^(?<a>nineteen|twenty) (?<b>.+)$/.exec(t);
  if (!m?.groups) return undefined;
  const hi = m.groups.a === 'nineteen' ? 19 : 20;
  const lo = m.groups.b === 'hundred' ? 0 : parseNumberWords(m.groups.b as string);
  return lo === undefined || lo > 99 ? undefined : hi * 100 + lo;
}
