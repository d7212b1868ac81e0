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
  /** Normalised separator text before the next token (" " at the end, as normSep("") gives). */
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
  /** The word's folds, shared by every token of the same raw core (matchers memoise per word on it). */
  word: Word;
}


/** Sun/moon-letter forms of the Arabic article, as transliterated. "al"/"el" always; the others only before a hyphen. */
const ARTICLES_ALWAYS = new Set(['al', 'el']);
const ARTICLES_HYPHEN = new Set(['ash', 'as', 'ad', 'an', 'ar', 'at', 'az', 'ath', 'adh', 'ul', 'ud', 'es', 'et', 'ed', 'ez', 'en', 'er', 'esh']);
export const ARTICLE_FORMS: { always: ReadonlySet<string>; hyphen: ReadonlySet<string> } = { always: ARTICLES_ALWAYS, hyphen: ARTICLES_HYPHEN };

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
 * (\p{L}\p{N}), bit 2 letter (\p{L}), bit 4 known. The tokenizer is the hot loop of the extractor,
 * and non-ASCII text (quotes, dashes, accented names) would otherwise test a regex per character.
 */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  CLASS[c] = 4 | (letter || (c >= 48 && c <= 57) ? 1 : 0) | (letter ? 2 : 0);
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
  /** The matcher's first steps at a token of this word (`stepOwner` says which matcher state). */
  stepOwner: unknown;
  step: unknown;
  /** Bits of the word classes (`wordClass`) the raw word is in, as of `classesAt` classes registered. */
  classes: number;
  classesAt: number;
}

/**
 * Word classes: fixed sets of raw words (rule data: head nouns, prefixes) that a module tests every
 * token against. Registered at module load; each word's membership is computed once (and again
 * only if a class was registered since), so a token's test is one read of its word.
 */
const CLASSES: Array<ReadonlySet<string>> = [];
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
/** The characters of every word in the table, end to end (a probe compares them here, not in the word's string). */
let foldChars = new Uint16Array(1 << 18);
let foldCharsUsed = 0;
/** Start of each word's characters in `foldChars` and their count. */
let foldAt = new Int32Array(1 << 15);
let foldLen = new Int32Array(1 << 15);

function placeFold(h: number, index: number): void {
  const mask = (1 << foldBits) - 1;
  let slot = h & mask;
  while (foldSlots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  foldSlots[2 * slot] = h;
  foldSlots[2 * slot + 1] = index + 1;
}

function foldsAt(text: string, start: number, end: number): Word {
  let h = 0x811c9dc5;
  for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  const len = end - start;
  const mask = (1 << foldBits) - 1;
  let slot = h & mask;
  for (;;) {
    const k = foldSlots[2 * slot + 1] as number;
    if (k === 0) break;
    if (foldSlots[2 * slot] === h && foldLen[k - 1] === len) {
      const at = foldAt[k - 1] as number;
      let same = true;
      for (let q = 0; q < len; q++) {
        if (foldChars[at + q] !== text.charCodeAt(start + q)) {
          same = false;
          break;
        }
      }
      if (same) return foldList[k - 1] as Word;
    }
    slot = (slot + 1) & mask;
  }
  if (foldList.length >= FOLD_MAX) {
    foldBits = 15;
    foldSlots = new Int32Array(2 << foldBits);
    foldList = [];
    foldHashes = [];
    foldCharsUsed = 0;
    interned.clear();
  } else if (2 * (foldList.length + 1) > 1 << foldBits) {
    foldBits++;
    foldSlots = new Int32Array(2 << foldBits);
    for (let k = 0; k < foldList.length; k++) placeFold(foldHashes[k] as number, k);
  }
  const f = foldsOf(text.slice(start, end));
  const index = foldList.length;
  if (index >= foldAt.length) {
    foldAt = grown(foldAt, 2 * foldAt.length);
    foldLen = grown(foldLen, 2 * foldLen.length);
  }
  if (foldCharsUsed + len > foldChars.length) {
    const more = new Uint16Array(2 * (foldCharsUsed + len));
    more.set(foldChars.subarray(0, foldCharsUsed));
    foldChars = more;
  }
  for (let q = 0; q < len; q++) foldChars[foldCharsUsed + q] = text.charCodeAt(start + q);
  foldAt[index] = foldCharsUsed;
  foldLen[index] = len;
  foldCharsUsed += len;
  foldList.push(f);
  foldHashes.push(h);
  placeFold(h, foldList.length - 1);
  return f;
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** One string object per distinct fold: equal keys are the same object, so trie lookups compare pointers. */
const interned = new Map<string, string>();
function intern(s: string): string {
  const v = interned.get(s);
  if (v !== undefined) return v;
  interned.set(s, s);
  return s;
}

function foldsOf(raw: string): Word {
  const plain = intern(plainFoldRaw(raw));
  return {
    raw,
    plain,
    fuzzy: intern(fuzzyFoldRaw(plain)),
    stem: plain.length >= 3 && plain.charCodeAt(plain.length - 1) === 115 ? intern(plain.slice(0, -1)) : undefined,
    article: ARTICLES_ALWAYS.has(plain) ? 2 : ARTICLES_HYPHEN.has(plain) ? 1 : 0,
    owner: undefined,
    starts: 0,
    stepOwner: undefined,
    step: undefined,
    classes: 0,
    classesAt: -1,
  };
}

/** Sets the separator fields of `t` (followed by `sep`) and its article skeleton. */
function close(t: Token, article: number, sep: string): void {
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
  if (article === 2) t.fuzzy = 'al';
  else if (article === 1) {
    const c0 = sep.charCodeAt(0);
    if (c0 === 45 || c0 === 0x2010 || c0 === 0x2011) t.fuzzy = 'al';
  }
}

/**
 * Word tokens ([\p{L}\p{N}]+ with inner apostrophes: "People's", "Hay'at") with offsets and folds,
 * in one pass: a token's separator fields are set when the next token is found.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let prev: Token | undefined;
  let prevArticle = 0;
  let p = from;
  while (p < to) {
    let c = text.charCodeAt(p);
    if (isHighSurrogate(c) ? !LETTER_OR_DIGIT.test(text.slice(p, p + 2)) : (classOf(c) & 1) === 0) {
      p++;
      continue;
    }
    const start = p;
    p++;
    while (p < to) {
      c = text.charCodeAt(p);
      if (c < 128 ? (CLASS[c] as number) & 1 : isWordChar(text, p)) p++;
      else break;
    }
    while (p + 1 < to && isApostrophe(text.charCodeAt(p)) && isLetter(text, p + 1)) {
      p += 2;
      while (p < to && isLetter(text, p)) p++;
    }
    const end = p;
    const len = end - start;
    const s1 = text.charCodeAt(end - 1);
    const poss = len > 2 && (s1 === 115 || s1 === 83) && isApostrophe(text.charCodeAt(end - 2));
    const coreEnd = poss ? end - 2 : end;
    const folds = foldsAt(text, start, coreEnd);
    const raw = folds.raw;
    if (prev !== undefined) close(prev, prevArticle, start - prev.end === 1 && text.charCodeAt(prev.end) === 32 ? ' ' : text.slice(prev.end, start));
    const t: Token = { start, end, coreEnd, raw, plain: folds.plain, poss, sepAfter: '', rawSepAfter: '', fuzzy: folds.fuzzy, stem: poss ? undefined : folds.stem, word: folds };
    out.push(t);
    prev = t;
    prevArticle = folds.article;
  }
  if (prev !== undefined) close(prev, prevArticle, '');
  return out;
}

export const isCapitalised = (s: string) => {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
};
export const isAllCaps = (s: string) => /^[\p{Lu}]{2,}$/u.test(s);

/**
 * A character trie over lower-case ASCII words ([a-z0-9]+), one value byte per word: the words of
 * a sentence are looked up while they are scanned, character by character, with no slice and no
 * hash (most words leave the trie after one or two characters).
 */
export class AsciiWordTrie {
  private readonly next: Int32Array;
  private readonly values: Uint8Array;
  private nodes = 1;

  constructor(words: ReadonlyMap<string, number>) {
    let chars = 1;
    for (const w of words.keys()) chars += w.length;
    this.next = new Int32Array(chars * 36);
    this.values = new Uint8Array(chars);
    for (const [w, v] of words) {
      if (!/^[a-z0-9]+$/.test(w)) throw new Error(`groups: not a lower-case ASCII word: ${w}`);
      let node = 0;
      for (let p = 0; p < w.length; p++) {
        const at = node * 36 + column(w.charCodeAt(p));
        let n = this.next[at] as number;
        if (n === 0) this.next[at] = n = this.nodes++;
        node = n;
      }
      this.values[node] = (this.values[node] as number) | v;
    }
  }

  /** The node after `c` (a-z, 0-9) from `node`, or -1 (no word continues so). */
  step(node: number, c: number): number {
    const n = this.next[node * 36 + column(c)] as number;
    return n === 0 ? -1 : n;
  }

  value(node: number): number {
    return node < 0 ? 0 : (this.values[node] as number);
  }
}
const column = (c: number) => (c >= 97 ? c - 97 : c - 48 + 26);

/** What a sentence scan asks about its words (`anyWordMatters`). */
export interface WordTest {
  /**
   * Lower-case ASCII words (no apostrophe): ASCII_ALWAYS the word matters; ASCII_ASK `other`
   * decides; ASCII_HYPHEN `other` decides before a hyphen; ASCII_STEM `other` decides for the word
   * + "s" (3+ letters). Any other lower-case ASCII word cannot matter by itself.
   */
  ascii: AsciiWordTrie;
  /** Whether the next word must be shown to `other` whatever it is (a match may go on through it). */
  pending: boolean;
  /** Any other word (its core's folds, whether a possessive `’s` follows, whether a hyphen follows). */
  other(w: Word, poss: boolean, hyphenAfter: boolean): boolean;
}
export const ASCII_ALWAYS = 1;
export const ASCII_HYPHEN = 2;
export const ASCII_STEM = 4;
export const ASCII_ASK = 8;

const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

/**
 * Whether any word token of text[from, to) — the tokens `tokenize` would find, with the same
 * boundaries — matters to `test`. One pass, no token objects: lower-case ASCII words (most of the
 * text) are walked in `test.ascii` as they are scanned; only the others, and the words `test`
 * asks about, are looked up in the word table.
 */
export function anyWordMatters(text: string, from: number, to: number, test: WordTest): boolean {
  const trie = test.ascii;
  let p = from;
  while (p < to) {
    let c = text.charCodeAt(p);
    if (isHighSurrogate(c) ? !LETTER_OR_DIGIT.test(text.slice(p, p + 2)) : (classOf(c) & 1) === 0) {
      p++;
      continue;
    }
    const start = p;
    let node = 0;
    let before = -1;
    while (p < to) {
      c = text.charCodeAt(p);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        before = node;
        if (node >= 0) node = trie.step(node, c);
        p++;
      } else break;
    }
    // Still in the word (a capital, a non-ASCII letter, an inner apostrophe): the exact tokenizer rules.
    const simple =
      p > start &&
      (p >= to || (c < 128 ? ((CLASS[c] as number) & 1) === 0 : !isWordChar(text, p))) &&
      !(p + 1 < to && isApostrophe(c) && isLetter(text, p + 1));
    if (simple) {
      const v = trie.value(node);
      if ((v & ASCII_ALWAYS) !== 0) return true;
      const ask =
        test.pending ||
        (v & ASCII_ASK) !== 0 ||
        ((v & ASCII_HYPHEN) !== 0 && p < to && isHyphen(c)) ||
        (p - start >= 3 && text.charCodeAt(p - 1) === 115 && (trie.value(before) & ASCII_STEM) !== 0) ||
        // A word of a and l only ("all", "aal") has the article's skeleton "al".
        (text.charCodeAt(start) === 97 && onlyAL(text, start, p));
      if (!ask) continue;
    } else {
      while (p < to) {
        c = text.charCodeAt(p);
        if (c < 128 ? (CLASS[c] as number) & 1 : isWordChar(text, p)) p++;
        else break;
      }
      while (p + 1 < to && isApostrophe(text.charCodeAt(p)) && isLetter(text, p + 1)) {
        p += 2;
        while (p < to && isLetter(text, p)) p++;
      }
    }
    const end = p;
    const s1 = text.charCodeAt(end - 1);
    const poss = end - start > 2 && (s1 === 115 || s1 === 83) && isApostrophe(text.charCodeAt(end - 2));
    if (test.other(foldsAt(text, start, poss ? end - 2 : end), poss, end < to && isHyphen(text.charCodeAt(end)))) return true;
  }
  return false;
}

function onlyAL(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 97 && c !== 108) return false;
  }
  return true;
}

/** Every word of the registered word classes (any word in one may matter to a sentence). */
export function classWords(): Set<string> {
  const all = new Set<string>();
  for (const words of CLASSES) for (const w of words) all.add(w);
  return all;
}
