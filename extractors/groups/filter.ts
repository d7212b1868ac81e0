// Which lower-case words a tokenizer may leave quiet for a matcher (normalize.ts `Token.quiet`,
// `Token.keyless`): bit sets over word hashes, made from the matcher's trie keys and the word classes.
import { ARTICLES_ALWAYS, CLASSES, hashAt } from './normalize.js';

/**
 * Lower-case ASCII words that matter to a matcher without a walk reaching them (what its tries can
 * start with, the word classes, the articles "al"/"el"), and the words a walk can step on (any
 * trie key): every other such word is quiet, resp. keyless. Bit sets over the words' hashes (a
 * collision only makes a word non-quiet).
 */
export class WordFilter {
  private readonly starts = new Int32Array(2048);
  private readonly keys = new Int32Array(2048);
  private classesAt = 0;
  /** `startKeys`, `keys`: trie keys (`NameTrie.keys`); each also with a final "s", and a possessive key's core + "s". */
  constructor(startKeys: Iterable<string>, keys: Iterable<string>) {
    for (const k of startKeys) withS(this.starts, k);
    for (const w of ARTICLES_ALWAYS) set(this.starts, hashAt(w, 0, w.length));
    for (const k of keys) withS(this.keys, k);
    this.addClasses();
  }
  /** Word classes registered since (module load order): their words join the filter. */
  addClasses(): void {
    for (; this.classesAt < CLASSES.length; this.classesAt++) for (const w of CLASSES[this.classesAt] as ReadonlySet<string>) set(this.starts, hashAt(w, 0, w.length));
  }
  startsWith(h: number): boolean {
    return has(this.starts, h);
  }
  isKey(h: number): boolean {
    return has(this.keys, h);
  }
}
/** The key, the key + "s" ("russias", "forcess": FNV-1a goes on from the key's hash), and a possessive key's core + "s". */
function withS(bits: Int32Array, k: string): void {
  const h = hashAt(k, 0, k.length);
  set(bits, h);
  set(bits, Math.imul(h ^ 115, 0x01000193));
  if (k.endsWith("'s")) set(bits, Math.imul(hashAt(k, 0, k.length - 2) ^ 115, 0x01000193));
}
function set(bits: Int32Array, h: number): void {
  bits[(h >>> 5) & 2047] = (bits[(h >>> 5) & 2047] as number) | (1 << (h & 31));
}
const has = (bits: Int32Array, h: number) => ((bits[(h >>> 5) & 2047] as number) & (1 << (h & 31))) !== 0;

