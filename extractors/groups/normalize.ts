import type { WordFilter } from './filter.js';

// Token-level normalisation for gazetteer matching. Two levels:
// - `plain`: case-folded, curly apostrophes and no-break spaces unified (exact and alias matching);
// - `fuzzy`: transliteration skeleton (al-/el-/ash- articles → "al", q→k, ou→u, ck→k, ph→f,
//   diacritics and apostrophes dropped, doubled letters collapsed), compared by edit distance.

/**
 * A word token. Its folds (`word`) come from the word table when first read, its separators from
 * the text: a quiet token (a lower-case ASCII word outside the matcher's `WordFilter`) starts no
 * match and is in no word class, so the per-token scans skip it without a table probe; a keyless
 * one is no trie key either, so walks stop at it unread.
 */
export class Token {
  /** Start of the next token of the sentence (-1: none), set by the tokenizer. */
  next: number;
  private w: Word | undefined;
  private rs: string | undefined;
  private ns: string | undefined;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** Whether a possessive `’s` / `'s` followed the core. */
    readonly poss: boolean,
    /** A lower-case ASCII word the filter does not list as a start or class word: it starts nothing and is in no word class. */
    readonly quiet: boolean,
    /** Quiet and no trie key at all (with or without a final "s"): no walk step reads it. */
    readonly keyless: boolean,
    word: Word | undefined,
  ) {
    this.next = -1;
    this.w = word;
    this.rs = undefined;
    this.ns = undefined;
  }
  /** End of the token without a possessive `’s`. */
  get coreEnd(): number {
    return this.poss ? this.end - 2 : this.end;
  }
  /** The word's folds, shared by every token of the same raw core (matchers memoise per word on it). */
  get word(): Word {
    return (this.w ??= foldsAt(this.text, this.start, this.coreEnd));
  }
  /** Original text of the core (without possessive). */
  get raw(): string {
    return this.word.raw;
  }
  /** Case-folded core. */
  get plain(): string {
    return this.word.plain;
  }
  /** Skeleton: "al" for an article (ash-, as-… only before a hyphen), else the word's. */
  get fuzzy(): string {
    const w = this.word;
    if (w.article === 2) return 'al';
    if (w.article === 1 && this.next > this.end && isHyphen(this.text.charCodeAt(this.end))) return 'al';
    return w.fuzzy;
  }
  /**
   * Possessive with its apostrophe stripped (FA-KES: "Turkeys health ministry", "UNs coordinator"):
   * the core minus a final `s`, when the core is long enough to be a name ("Forces" stays "Forces"
   * as well: both readings are tried and the longest match wins).
   */
  get stem(): string | undefined {
    return this.poss ? undefined : this.word.stem;
  }
  /** Raw separator text before the next token ("" at the end). */
  get rawSepAfter(): string {
    if (this.next < 0) return '';
    if (this.next - this.end === 1 && this.text.charCodeAt(this.end) === 32) return ' ';
    return (this.rs ??= this.text.slice(this.end, this.next));
  }
  /** Normalised separator text before the next token (" " at the end, as normSep("") gives). */
  get sepAfter(): string {
    if (this.ns !== undefined) return this.ns;
    const sep = this.rawSepAfter;
    if (sep === ' ') return ' ';
    let n = sepCache.get(sep);
    if (n === undefined) {
      if (sepCache.size > 10_000) sepCache.clear();
      sepCache.set(sep, (n = normSep(sep)));
    }
    return (this.ns = n);
  }
}

/** Sun/moon-letter forms of the Arabic article, as transliterated. "al"/"el" always; the others only before a hyphen. */
export const ARTICLES_ALWAYS = new Set(['al', 'el']);
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
/**
 * Character classes of the BMP, filled on first sight of a code unit: bit 1 letter or digit
 * (\p{L}\p{N}), bit 2 letter (\p{L}), bit 4 known, bit 8 ASCII lower-case letter or digit. The tokenizer is the hot loop of the extractor,
 * and non-ASCII text (quotes, dashes, accented names) would otherwise test a regex per character.
 */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  CLASS[c] = 4 | (letter || (c >= 48 && c <= 57) ? 1 : 0) | (letter ? 2 : 0) | (lowerOrDigit ? 8 : 0);
}
function classOf(c: number): number {
  let k = CLASS[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 4 | (LETTER_OR_DIGIT.test(ch) ? 1 : 0) | (LETTER.test(ch) ? 2 : 0);
    CLASS[c] = k;
  }
  return k;
}
/** A high surrogate starts a word when the pair is a letter or digit (astral letters are rare). */
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
function isWordChar(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (isHighSurrogate(c)) return LETTER_OR_DIGIT.test(text.slice(p, p + 2));
  return (classOf(c) & 1) !== 0;
}
function isLetter(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (isHighSurrogate(c)) return LETTER.test(text[p] as string);
  return (classOf(c) & 2) !== 0;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

const sepCache = new Map<string, string>();
/** Word of one raw token, computed once: plain, skeleton, stripped-possessive stem, article kind. */
export interface Word {
  /** The raw core itself (one string per distinct word: its hash is computed once, for every Set lookup of `raw`). */
  raw: string;
  plain: string;
  fuzzy: string;
  /** `plain` minus a final "s" (3+ letters), for stripped possessives. */
  stem: string | undefined;
  /** 2: an article always ("al", "el"); 1: an article before a hyphen ("ash-"); 0: none. */
  article: number;
  /** What a matcher memoised about the word (`owner` says which matcher: a memo is never read by another). */
  owner: unknown;
  starts: number;
  /** Bits of the word classes (`wordClass`) the raw word is in, as of `classesAt` classes registered. */
  classes: number;
  classesAt: number;
}

/**
 * Word classes: fixed sets of raw words (rule data: head nouns, prefixes) that a module tests every
 * token against. Registered at module load; each word's membership is computed once (and again
 * only if a class was registered since), so a token's test is one read of its word.
 */
export const CLASSES: Array<ReadonlySet<string>> = [];
export function wordClass(words: ReadonlySet<string>): number {
  if (CLASSES.length >= 30) throw new Error('groups: too many word classes');
  CLASSES.push(words);
  return 1 << (CLASSES.length - 1);
}
export function classesOf(w: Word): number {
  if (w.classesAt === CLASSES.length) return w.classes;
  let bits = 0;
  for (let k = 0; k < CLASSES.length; k++) if ((CLASSES[k] as ReadonlySet<string>).has(w.raw)) bits |= 1 << k;
  w.classes = bits;
  w.classesAt = CLASSES.length;
  return bits;
}
/**
 * raw token → its folds: an open-addressing table keyed by a hash of the token's characters, read
 * straight from the text (no slice, no string hashing for a word seen before: the stored word is
 * compared character by character). Cleared when full; folds depend on the word only, so clearing
 * never changes a result.
 */
/** Entries before the table is cleared; the table (hash, index + 1 per slot, one cache line for both) doubles at half load. */
const FOLD_MAX = 1 << 17;
let foldBits = 15;
let foldSlots = new Int32Array(2 << foldBits);
let foldList: Word[] = [];
let foldHashes: number[] = [];

function placeFold(h: number, index: number): void {
  const mask = (1 << foldBits) - 1;
  let slot = h & mask;
  while (foldSlots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  foldSlots[2 * slot] = h;
  foldSlots[2 * slot + 1] = index + 1;
}

/** FNV-1a of text[start, end) (the word table's and the word filter's hash). */
export function hashAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  return h;
}

function foldsAt(text: string, start: number, end: number, h = hashAt(text, start, end)): Word {
  const len = end - start;
  const mask = (1 << foldBits) - 1;
  let slot = h & mask;
  for (;;) {
    const k = foldSlots[2 * slot + 1] as number;
    if (k === 0) break;
    if (foldSlots[2 * slot] === h) {
      const raw = (foldList[k - 1] as Word).raw;
      if (raw.length === len) {
        let same = true;
        for (let q = 0; q < len; q++) {
          if (raw.charCodeAt(q) !== text.charCodeAt(start + q)) {
            same = false;
            break;
          }
        }
        if (same) return foldList[k - 1] as Word;
      }
    }
    slot = (slot + 1) & mask;
  }
  if (foldList.length >= FOLD_MAX) {
    foldBits = 15;
    foldSlots = new Int32Array(2 << foldBits);
    foldList = [];
    foldHashes = [];
    interned.clear();
  } else if (2 * (foldList.length + 1) > 1 << foldBits) {
    foldBits++;
    foldSlots = new Int32Array(2 << foldBits);
    for (let k = 0; k < foldList.length; k++) placeFold(foldHashes[k] as number, k);
  }
  const f = foldsOf(text.slice(start, end));
  foldList.push(f);
  foldHashes.push(h);
  placeFold(h, foldList.length - 1);
  return f;
}

/** One string object per distinct fold: equal keys are the same object, so trie lookups compare pointers. */
const interned = new Map<string, string>();
function intern(s: string): string {
  const v = interned.get(s);
  if (v !== undefined) return v;
  interned.set(s, s);
  return s;
}

/** True when every character is ASCII (its plain fold is then its lower case: NFD changes nothing). */
function isAscii(s: string): boolean {
  for (let p = 0; p < s.length; p++) if (s.charCodeAt(p) > 127) return false;
  return true;
}

function foldsOf(raw: string): Word {
  const plain = intern(isAscii(raw) ? raw.toLowerCase() : plainFoldRaw(raw));
  return {
    raw,
    plain,
    fuzzy: intern(fuzzyFoldRaw(plain)),
    stem: plain.length >= 3 && plain.charCodeAt(plain.length - 1) === 115 ? intern(plain.slice(0, -1)) : undefined,
    article: ARTICLES_ALWAYS.has(plain) ? 2 : ARTICLES_HYPHEN.has(plain) ? 1 : 0,
    owner: undefined,
    starts: 0,
    classes: 0,
    classesAt: -1,
  };
}

/** "al", "all", "aal"…: lower-case words whose skeleton is the article "al" (they may start a fuzzy match). */
function articleSkeleton(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 97 && c !== 108) return false;
  }
  return text.charCodeAt(start) === 97 && text.charCodeAt(end - 1) === 108;
}

/**
 * Word tokens ([\p{L}\p{N}]+ with inner apostrophes: "People's", "Hay'at") with offsets and folds,
 * in one pass: a token's separator fields are set when the next token is found. With a filter,
 * lower-case ASCII words it does not list are quiet (their folds are looked up only when read).
 */
export function tokenize(text: string, from = 0, to = text.length, filter?: WordFilter): Token[] {
  const out: Token[] = [];
  let prev: Token | undefined;
  let p = from;
  filter?.addClasses();
  while (p < to) {
    let c = text.charCodeAt(p);
    if (isHighSurrogate(c) ? !LETTER_OR_DIGIT.test(text.slice(p, p + 2)) : (classOf(c) & 1) === 0) {
      p++;
      continue;
    }
    const start = p;
    // The first run's hash, and whether it is all lower-case ASCII letters and digits (bit 8).
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let lower = c < 128 ? (CLASS[c] as number) : 0;
    p++;
    while (p < to) {
      c = text.charCodeAt(p);
      if (c < 128) {
        const k = CLASS[c] as number;
        if ((k & 1) === 0) break;
        lower &= k;
      } else if (isWordChar(text, p)) lower = 0;
      else break;
      h = Math.imul(h ^ c, 0x01000193);
      p++;
    }
    const run = p;
    while (p + 1 < to && isApostrophe(text.charCodeAt(p)) && isLetter(text, p + 1)) {
      p += 2;
      while (p < to && isLetter(text, p)) p++;
    }
    const end = p;
    const len = end - start;
    const s1 = text.charCodeAt(end - 1);
    const poss = len > 2 && (s1 === 115 || s1 === 83) && isApostrophe(text.charCodeAt(end - 2));
    // Before a hyphen a word may be an article ("ash-Sham"): never quiet.
    const quiet = filter !== undefined && end === run && (lower & 8) !== 0 && !filter.startsWith(h) && !(end < to && isHyphen(text.charCodeAt(end))) && !articleSkeleton(text, start, end);
    const keyless = quiet && !(filter as WordFilter).isKey(h);
    const word = quiet ? undefined : poss ? foldsAt(text, start, end - 2) : end === run ? foldsAt(text, start, end, h) : foldsAt(text, start, end);
    if (prev !== undefined) prev.next = start;
    const t = new Token(text, start, end, poss, quiet, keyless, word);
    out.push(t);
    prev = t;
  }
  return out;
}

const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

export const isCapitalised = (s: string) => {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
};
export const isAllCaps = (s: string) => /^[\p{Lu}]{2,}$/u.test(s);
