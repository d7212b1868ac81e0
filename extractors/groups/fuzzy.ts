// Fuzzy name matching on candidate spans only: names are indexed by their transliteration
// skeletons (normalize.ts) in a token trie; a text token reaches a trie edge either with the same
// skeleton or with a close one (restricted Damerau-Levenshtein through natural). The close
// skeletons of a text token are computed once per distinct token and memoised, so a document
// costs one trie walk per capitalised token.
import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import type { GazetteerEntry } from './schema.js';
import { trieFromJSON, trieToJSON, type TrieNodeJSON } from './trie-json.js';
import { fuzzyFold, isCapitalised, tokenize, type Token, type Word } from './normalize.js';

/** Capitalised English words near gazetteer names: never edited into another word. */
export const FUZZY_STOP = new Set(['army', 'state', 'states', 'group', 'groups', 'council', 'ministry', 'committee', 'the', 'of', 'and', 'for', 'in', 'forces', 'force', 'front', 'party', 'union', 'united', 'national', 'syrian', 'syria', 'russian', 'russia', 'islamic', 'arab', 'agency', 'news', 'media', 'center', 'centre', 'office', 'division', 'brigade', 'brigades', 'army', 'movement', 'organization', 'organisation', 'network', 'coalition', 'general', 'staff', 'free', 'democratic', 'turkish', 'iranian', 'iraqi', 'kurdish', 'israeli', 'french', 'british', 'german', 'american', 'president', 'presidency', 'presidential', 'minister', 'ministers', 'government', 'governments', 'official', 'officials', 'spokesman', 'commander', 'command', 'general', 'police', 'security', 'office', 'international', 'liberation', 'revolution', 'revolutionary', 'republic', 'republican', 'people', 'peoples', 'popular', 'support', 'special', 'forces', 'military', 'unit', 'units', 'brigade', 'battalion', 'corps', 'legion', 'service', 'services', 'agency', 'press', 'committee', 'committees', 'center', 'centre', 'centers', 'council', 'councils']);

export interface FuzzyName {
  entry: GazetteerEntry;
  text: string;
  plain: string[];
  skeleton: string[];
}

export interface FuzzyHit {
  name: FuzzyName;
  start: number;
  end: number;
  distance: number;
  /** Jaro-Winkler similarity of the skeletons (natural). */
  similarity: number;
}

interface Node {
  next: Map<string, Node>;
  names: FuzzyName[];
}

/** Leaves share one empty map; a node gets its own map on its first child. */
const LEAF = new Map<string, Node>();

/** Allowed edit distance for a token of this (skeleton) length. Short words must match exactly. */
export function tokenTolerance(len: number): number {
  if (len < 4) return 0;
  if (len < 9) return 1;
  return 2;
}

/**
 * Letter counts of a skeleton (a-z, other characters folded into 6 shared slots). An edit changes
 * the counts by at most 2 in total (substitution 2, insertion/deletion 1, transposition 0), so two
 * skeletons whose counts differ by more than 2 × the tolerance cannot be within it: most of the
 * vocabulary is ruled out before natural's Damerau-Levenshtein runs.
 */
function letterCounts(s: string): Uint8Array {
  const h = new Uint8Array(32);
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    const slot = c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6);
    h[slot] = (h[slot] as number) + 1;
  }
  return h;
}

function countsApart(a: Uint8Array, b: Uint8Array, limit: number): boolean {
  let d = 0;
  for (let k = 0; k < 32; k++) {
    d += Math.abs((a[k] as number) - (b[k] as number));
    if (d > limit) return true;
  }
  return false;
}

/** A skeleton-trie node as JSON: its names (entry id, text, plain and skeleton tokens), then key, child… */
export interface FuzzyNameJSON {
  e: string;
  t: string;
  p: string[];
  s: string[];
}
export type FuzzyNodeJSON = TrieNodeJSON<FuzzyNameJSON>;
export interface FuzzyIndexJSON {
  root: FuzzyNodeJSON;
  vocab: Array<[string, string[]]>;
  maxTokens: number;
  size: number;
}

export class FuzzyIndex {
  private root: Node = { next: new Map(), names: [] };
  /** Skeleton vocabulary by first letter: the tokens a text token may be edited into. */
  private readonly vocab = new Map<string, string[]>();
  private readonly vocabCounts = new Map<string, Uint8Array>();
  private readonly vocabSet = new Set<string>();
  private readonly near = new Map<string, Array<[string, number]>>();
  maxTokens = 0;
  /** Names added (a memo of what a word can start is valid for one size). */
  size = 0;

  add(entry: GazetteerEntry, text: string, toks: readonly Token[] = tokenize(text)): void {
    if (toks.length === 0 || toks.slice(0, -1).some((t) => t.sepAfter !== ' ')) return;
    const name: FuzzyName = { entry, text, plain: toks.map((t) => t.plain), skeleton: toks.map((t) => t.fuzzy) };
    let node = this.root;
    for (const s of name.skeleton) {
      let n = node.next.get(s);
      if (!n) {
        if (node.next === LEAF) node.next = new Map();
        node.next.set(s, (n = { next: LEAF, names: [] }));
      }
      node = n;
      if (!this.vocabSet.has(s) && !FUZZY_STOP.has(s) && s.length >= 4) {
        this.vocabSet.add(s);
        this.vocabCounts.set(s, letterCounts(s));
        const k = s[0] as string;
        this.vocab.set(k, [...(this.vocab.get(k) ?? []), s]);
      }
    }
    if (!node.names.some((n) => n.entry.id === entry.id && n.text === text)) node.names.push(name);
    this.size++;
    this.maxTokens = Math.max(this.maxTokens, toks.length);
  }

  /** The index as JSON (what `fromJSON` rebuilds: same keys, names, vocabulary and orders; entries by id). */
  toJSON(): FuzzyIndexJSON {
    const root = trieToJSON(this.root, (n) => n.names, (x): FuzzyNameJSON => ({ e: x.entry.id, t: x.text, p: x.plain, s: x.skeleton }));
    return { root, vocab: [...this.vocab], maxTokens: this.maxTokens, size: this.size };
  }

  static fromJSON(json: FuzzyIndexJSON, entry: (id: string) => GazetteerEntry): FuzzyIndex {
    const index = new FuzzyIndex();
    index.root = trieFromJSON<Node, FuzzyNameJSON>(json.root, (items, next) => ({
      next: next ?? LEAF,
      names: items.map((x): FuzzyName => ({ entry: entry(x.e), text: x.t, plain: x.p, skeleton: x.s })),
    }));
    if (index.root.next === LEAF) index.root.next = new Map();
    for (const [k, words] of json.vocab) {
      index.vocab.set(k, words);
      for (const s of words) {
        index.vocabSet.add(s);
        index.vocabCounts.set(s, letterCounts(s));
      }
    }
    index.maxTokens = json.maxTokens;
    index.size = json.size;
    return index;
  }

  /** Skeletons of the vocabulary within tolerance of `s` (same first letter), memoised. */
  private neighbours(s: string): Array<[string, number]> {
    let hit = this.near.get(s);
    if (hit) return hit;
    hit = [];
    const tol = tokenTolerance(s.length);
    if (tol > 0) {
      const counts = letterCounts(s);
      for (const v of this.vocab.get(s[0] as string) ?? []) {
        if (v === s) continue;
        const t = Math.min(tol, tokenTolerance(v.length));
        if (t === 0 || Math.abs(v.length - s.length) > t) continue;
        if (countsApart(counts, this.vocabCounts.get(v) as Uint8Array, 2 * t)) continue;
        const d = DamerauLevenshteinDistance(s, v, { restricted: true });
        if (d <= t) hit.push([v, d]);
      }
    }
    if (this.near.size > 100_000) this.near.clear();
    this.near.set(s, hit);
    return hit;
  }

  /**
   * Whether a token of this word (no possessive, no article skeleton) can start a fuzzy hit: the
   * first step of `walk` from the root, the same skeleton or a neighbour of it being a root edge.
   * `matchAt` finds nothing at a token for which this is false.
   */
  canStart(w: Word): boolean {
    if (!isCapitalised(w.raw) && w.fuzzy !== 'al') return false;
    if (this.maxTokens === 0) return false;
    const next = this.root.next;
    if (next.has(w.fuzzy)) return true;
    if (!isCapitalised(w.raw) || FUZZY_STOP.has(w.plain) || this.vocabSet.has(w.fuzzy)) return false;
    if (w.stem !== undefined && this.vocabSet.has(fuzzyFold(w.stem))) return false;
    for (const [v] of this.neighbours(w.fuzzy)) if (next.has(v)) return true;
    return false;
  }

  /** Fuzzy hits starting at token i (at most 2 edits per name, at least one identical token other than the article for multi-word names). */
  matchAt(toks: readonly Token[], i: number, out: FuzzyHit[]): void {
    const t0 = toks[i] as Token;
    if (!isCapitalised(t0.raw) && t0.fuzzy !== 'al') return;
    this.walk(toks, i, this.root, i, 0, 0, out);
  }

  // A method rather than a closure per capitalised token.
  private walk(toks: readonly Token[], i: number, node: Node, k: number, total: number, exact: number, out: FuzzyHit[]): void {
    if (k >= toks.length || k - i >= this.maxTokens) return;
    if (k > i) {
      const prev = toks[k - 1] as Token;
      if (prev.sepAfter !== ' ' && prev.sepAfter !== '') return;
    }
    const t = toks[k] as Token;
    const same = node.next.get(t.fuzzy);
    // The article alone is no evidence: "Al Mayadin" (the town) is not "Al Mayadeen" (the channel).
    if (same) this.step(toks, i, k, same, total, t.fuzzy === 'al' ? exact : exact + 1, out);
    if (total >= 2 || !isCapitalised(t.raw) || FUZZY_STOP.has(t.plain) || this.vocabSet.has(t.fuzzy)) return;
    if (t.stem !== undefined && this.vocabSet.has(fuzzyFold(t.stem))) return; // "Al-Qaedas": a stripped possessive, matched exactly
    for (const [v, d] of this.neighbours(t.fuzzy)) {
      if (total + d > 2) continue;
      const n = node.next.get(v);
      if (n) this.step(toks, i, k, n, total + d, exact, out);
    }
  }

  private step(
    toks: readonly Token[],
    i: number,
    k: number,
    node: Node,
    total: number,
    exact: number,
    out: FuzzyHit[],
  ): void {
    const n = k - i + 1;
    for (const name of node.names) {
      if (total === 0) {
        // Same skeleton, other spelling ("Jabhat al-Nousra"); identical folds are exact/alias hits already.
        if (name.plain.every((p, x) => (toks[i + x] as Token).plain === p)) continue;
      }
      if (n === 1 && ((name.skeleton[0] as string).length < 6 || total > 1)) continue; // short single words: no fuzzy hits
      if (n > 1 && exact === 0) continue;
      const window = toks.slice(i, k + 1);
      const similarity = JaroWinklerDistance(window.map((w) => w.fuzzy).join(' '), name.skeleton.join(' '));
      out.push({ name, start: (toks[i] as Token).start, end: (toks[k] as Token).coreEnd, distance: total, similarity });
    }
    this.walk(toks, i, node, k + 1, total, exact, out);
  }
}
