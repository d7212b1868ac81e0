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

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const out: Token[] = [];
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    const full = m[0];
    const possMatch = /['’][sS]$/.exec(full);
    const poss = possMatch !== null && full.length > 2;
    const core = poss ? full.slice(0, -2) : full;
    const plain = plainFold(core);
    const tok: Token = { start, end: start + full.length, coreEnd: start + core.length, raw: core, plain, poss, sepAfter: '', rawSepAfter: '', fuzzy: '' };
    if (!poss && plain.length >= 3 && plain.endsWith('s')) tok.stem = plain.slice(0, -1);
    out.push(tok);
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    const next = out[i + 1];
    t.rawSepAfter = next ? text.slice(t.end, next.start) : '';
    t.sepAfter = t.rawSepAfter === ' ' ? ' ' : normSep(t.rawSepAfter);
    const hyphenAfter = /^[\-‐‑]/.test(t.rawSepAfter);
    t.fuzzy = ARTICLES_ALWAYS.has(t.plain) || (ARTICLES_HYPHEN.has(t.plain) && hyphenAfter) ? 'al' : fuzzyFold(t.plain);
  }
  return out;
}

export const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);
export const isAllCaps = (s: string) => /^[\p{Lu}]{2,}$/u.test(s);
