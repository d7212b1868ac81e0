// Token-level normalisation for gazetteer matching. Two levels:
// - `plain`: case-folded, curly apostrophes and no-break spaces unified (exact and alias matching);
// - `fuzzy`: transliteration skeleton (al-/el-/ash- articles → "al", q→k, ou→u, ck→k, ph→f,
//   diacritics and apostrophes dropped, doubled letters collapsed), compared by edit distance.

export interface Token {
  start: number;
  end: number;
  /** End of the token without a possessive `’s`. */
  coreEnd: number;
  /** Original text of the core (without possessive). */
  raw: string;
  /** Case-folded core. */
  plain: string;
  /** Whether a possessive `’s` / `'s` followed the core. */
  poss: boolean;
  /** Normalised separator text before the next token ("" at the end). */
  sepAfter: string;
  /** Raw separator text before the next token. */
  rawSepAfter: string;
  fuzzy: string;
  /**
   * Possessive with its apostrophe stripped (FA-KES: "Turkeys health ministry", "UNs coordinator"):
   * the core minus a final `s`, when the core is long enough to be a name ("Forces" stays "Forces"
   * as well: both readings are tried and the longest match wins).
   */
  stem?: string;
}


/** Sun/moon-letter forms of the Arabic article, as transliterated. "al"/"el" always; the others only before a hyphen. */
const ARTICLES_ALWAYS = new Set(['al', 'el']);
const ARTICLES_HYPHEN = new Set(['ash', 'as', 'ad', 'an', 'ar', 'at', 'az', 'ath', 'adh', 'ul', 'ud', 'es', 'et', 'ed', 'ez', 'en', 'er', 'esh']);

/** Separators are compared loosely: spaces, no-break spaces, hyphens, dashes and apostrophes. */
export function normSep(sep: string): string {
  const s = sep
    .replace(/['’]/g, '')
    .replace(/[\s\u00A0\-‐‑–—]+/g, ' ')
    .replace(/\s*([.,/&])\s*/g, '$1');
  return s.trim() === '' ? ' ' : s.trim();
}

// Token folds are memoised: news vocabulary repeats, and the regex chains dominate tokenising.
const plainCache = new Map<string, string>();
const fuzzyCache = new Map<string, string>();
function memo(cache: Map<string, string>, key: string, f: (s: string) => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 200_000) cache.clear();
    v = f(key);
    cache.set(key, v);
  }
  return v;
}

export function plainFold(s: string): string {
  return memo(plainCache, s, plainFoldRaw);
}

function plainFoldRaw(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase();
}

export function fuzzyFold(plain: string): string {
  return memo(fuzzyCache, plain, fuzzyFoldRaw);
}

function fuzzyFoldRaw(plain: string): string {
  return plain
    .replace(/'/g, '')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** Character classes by hand (ASCII fast path): the tokenizer is the hot loop of the extractor. */
function isWordChar(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[p] as string) || (c >= 0xd800 && c <= 0xdbff && LETTER_OR_DIGIT.test(text.slice(p, p + 2)));
}
function isLetter(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[p] as string);
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

const sepCache = new Map<string, string>();
/** Folds of one raw token, computed once: plain, skeleton, stripped-possessive stem, article kind. */
interface Folds {
  plain: string;
  fuzzy: string;
  /** `plain` minus a final "s" (3+ letters), for stripped possessives. */
  stem: string | undefined;
  /** 2: an article always ("al", "el"); 1: an article before a hyphen ("ash-"); 0: none. */
  article: number;
}
/** raw token → its folds, one lookup per token. */
const foldCache = new Map<string, Folds>();

function foldsOf(raw: string): Folds {
  const plain = plainFoldRaw(raw);
  return {
    plain,
    fuzzy: fuzzyFoldRaw(plain),
    stem: plain.length >= 3 && plain.charCodeAt(plain.length - 1) === 115 ? plain.slice(0, -1) : undefined,
    article: ARTICLES_ALWAYS.has(plain) ? 2 : ARTICLES_HYPHEN.has(plain) ? 1 : 0,
  };
}

/** Word tokens ([\p{L}\p{N}]+ with inner apostrophes: "People's", "Hay'at") with offsets and folds. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const articles: number[] = [];
  let p = from;
  while (p < to) {
    if (!isWordChar(text, p)) {
      p++;
      continue;
    }
    const start = p;
    while (p < to && isWordChar(text, p)) p++;
    while (p + 1 < to && isApostrophe(text.charCodeAt(p)) && isLetter(text, p + 1)) {
      p += 2;
      while (p < to && isLetter(text, p)) p++;
    }
    const end = p;
    const len = end - start;
    const s1 = text.charCodeAt(end - 1);
    const poss = len > 2 && (s1 === 115 || s1 === 83) && isApostrophe(text.charCodeAt(end - 2));
    const coreEnd = poss ? end - 2 : end;
    const raw = text.slice(start, coreEnd);
    let folds = foldCache.get(raw);
    if (folds === undefined) {
      if (foldCache.size > 200_000) foldCache.clear();
      foldCache.set(raw, (folds = foldsOf(raw)));
    }
    out.push({ start, end, coreEnd, raw, plain: folds.plain, poss, sepAfter: '', rawSepAfter: '', fuzzy: folds.fuzzy, stem: poss ? undefined : folds.stem });
    articles.push(folds.article);
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    const next = out[i + 1];
    const sep = next ? (next.start - t.end === 1 && text.charCodeAt(t.end) === 32 ? ' ' : text.slice(t.end, next.start)) : '';
    t.rawSepAfter = sep;
    if (sep === ' ') t.sepAfter = ' ';
    else {
      let n = sepCache.get(sep);
      if (n === undefined) {
        if (sepCache.size > 10_000) sepCache.clear();
        sepCache.set(sep, (n = normSep(sep)));
      }
      t.sepAfter = n;
    }
    const c0 = sep.charCodeAt(0);
    const hyphenAfter = c0 === 45 || c0 === 0x2010 || c0 === 0x2011;
    const article = articles[i] as number;
    if (article === 2 || (article === 1 && hyphenAfter)) t.fuzzy = 'al';
  }
  return out;
}

export const isCapitalised = (s: string) => {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
};
export const isAllCaps = (s: string) => /^[\p{Lu}]{2,}$/u.test(s);
