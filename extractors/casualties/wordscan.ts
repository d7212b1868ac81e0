// The words of a text as the pattern /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu finds them (a run of letters
// and digits, with one apostrophe and letters glued to it: "Aleppo's"), found by one loop over the
// character codes into reused typed arrays: no string or object per word. findPlaces (places.ts)
// looks at every word of a document, and builds a string only for the few that can start a place name.

const LETTER = 1;
const DIGIT = 2;
const L_RE = /^\p{L}$/u;
const N_RE = /^\p{N}$/u;
/** Classes of the BMP code points outside ASCII, filled on first sight (0: not yet known, 3: neither). */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? DIGIT : 0;
  }
  if (cp < 0x10000) {
    let c = BMP[cp] as number;
    if (c === 0) {
      const s = String.fromCharCode(cp);
      c = L_RE.test(s) ? LETTER : N_RE.test(s) ? DIGIT : 3;
      BMP[cp] = c;
    }
    return c === 3 ? 0 : c;
  }
  let c = ASTRAL.get(cp);
  if (c === undefined) {
    const s = String.fromCodePoint(cp);
    c = L_RE.test(s) ? LETTER : N_RE.test(s) ? DIGIT : 0;
    ASTRAL.set(cp, c);
  }
  return c;
}

/** Word offsets: word k is text.slice(starts[k], ends[k]); the arrays are reused by the next scan. */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

// Reused between scans up to this many words (a huge document gets arrays of its own, not kept).
const KEEP = 1 << 18;
let keptStarts = new Int32Array(1024);
let keptEnds = new Int32Array(1024);

/** Code point at `k` (a surrogate pair read as one, as a /u pattern does). */
function codePoint(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff || k + 1 >= text.length) return c;
  const d = text.charCodeAt(k + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);



/** Classes of the ASCII characters. */
const ASCII = new Uint8Array(128).map((_, c) => classOf(c));

/** Every word of `text`, in order. The result is valid until the next call. */
export function scanWords(text: string): WordSpans {
  let starts = keptStarts;
  let ends = keptEnds;
  const n = text.length;
  let count = 0;
  let k = 0;
  while (k < n) {
    // ASCII: one table look-up per character; anything else by code point.
    let c = text.charCodeAt(k);
    if (c < 0x80) {
      if (ASCII[c] === 0) {
        k++;
        continue;
      }
    } else {
      const cp = codePoint(text, k);
      if (classOf(cp) === 0) {
        k += width(cp);
        continue;
      }
    }
    const start = k;
    for (;;) {
      if (c < 0x80) {
        if (ASCII[c] === 0) break;
        k++;
      } else {
        const cp = codePoint(text, k);
        if (classOf(cp) === 0) break;
        k += width(cp);
      }
      if (k >= n) break;
      c = text.charCodeAt(k);
    }
    // an apostrophe and at least one letter (not a digit) glued after the run
    if (k + 1 < n && (c === 0x27 || c === 0x2019) && classOf(codePoint(text, k + 1)) === LETTER) {
      k++;
      for (;;) {
        const cp = codePoint(text, k);
        if (classOf(cp) !== LETTER) break;
        k += width(cp);
        if (k >= n) break;
      }
    }
    if (count === starts.length) {
      const s2 = new Int32Array(count * 2);
      const e2 = new Int32Array(count * 2);
      s2.set(starts);
      e2.set(ends);
      starts = s2;
      ends = e2;
      if (s2.length <= KEEP) {
        keptStarts = s2;
        keptEnds = e2;
      }
    }
    starts[count] = start;
    ends[count] = k;
    count++;
  }
  return { count, starts, ends };
}

/** a–z → 0–25, 0–9 → 26–35 (A–Z as a–z); -1 for any other ASCII character. */
const SLOT = new Int8Array(128).map((_, c) => (c >= 0x61 && c <= 0x7a ? c - 0x61 : c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x30 && c <= 0x39 ? c - 0x30 + 26 : -1));

/**
 * A set of folded words (lower case, no apostrophes) tested on a word of the text without building its
 * fold: a trie walked over the characters (an apostrophe skipped, ASCII letters and digits folded).
 * Exact for ASCII words; a word with any other character gets `undefined` (the caller folds and asks a Set).
 */
export class FoldedWords {
  private next = new Int32Array(36).fill(-1);
  private final = new Uint8Array(1);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      let node = 0;
      let ascii = true;
      for (let k = 0; k < w.length && ascii; k++) {
        const c = w.charCodeAt(k);
        const slot = c < 0x80 ? (SLOT[c] as number) : -1;
        if (slot < 0) ascii = false;
        else node = this.child(node, slot);
      }
      // a word with another character is never reached by an ASCII walk
      if (ascii) this.final[node] = 1;
    }
  }

  private child(node: number, slot: number): number {
    const at = node * 36 + slot;
    let to = this.next[at] as number;
    if (to < 0) {
      to = this.final.length;
      const grown = new Int32Array((to + 1) * 36).fill(-1);
      grown.set(this.next);
      this.next = grown;
      const fin = new Uint8Array(to + 1);
      fin.set(this.final);
      this.final = fin;
      this.next[at] = to;
    }
    return to;
  }

  /** Whether the fold of text[start, end) is in the set; undefined when the word has a non-ASCII letter. */
  has(text: string, start: number, end: number): boolean | undefined {
    let node = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x27 || c === 0x2019) continue;
      if (c >= 0x80) return undefined;
      if (node >= 0) {
        const slot = SLOT[c] as number;
        node = slot < 0 ? -1 : (this.next[node * 36 + slot] as number);
      }
    }
    return node >= 0 && this.final[node] === 1;
  }
}
