// A document's language: the input's own metadata (HTML lang, JSONL), else a small detector over the
// text (language-profiles.ts): the script when it decides, else the share of each language's frequent
// words among the first words. English-only extractors ask `isEnglish(doc)`.
import type { Document, Valued } from '../types.js';
import { scriptProfiles, wordProfiles } from './language-profiles.js';

const SAMPLE = 1200;
/** Below this many words the text says too little to tell. */
const MIN_WORDS = 8;
/** The best profile must cover this share of the words, and beat the second by this factor. */
const MIN_SHARE = 0.12;
const MARGIN = 1.3;

// word → indexes of the profiles that list it, so a text is scored in one pass
const profileIndex = new Map<string, number[]>();
wordProfiles.forEach((p, i) => {
  for (const w of p.words) profileIndex.set(w, [...(profileIndex.get(w) ?? []), i]);
});
// The same index as a trie over character codes: the Latin scan walks it while reading a word, so a word
// is looked up without slicing and hashing it (the slice + Map lookup was most of the detector's time)
// (a–z by an array slot, the other Latin letters by a Map)
interface TrieNode {
  ascii: Array<TrieNode | undefined>;
  next: Map<number, TrieNode>;
  list?: number[];
}
const newNode = (): TrieNode => ({ ascii: new Array<TrieNode | undefined>(26).fill(undefined), next: new Map() });
const step = (node: TrieNode, c: number): TrieNode | undefined => (c >= 0x61 && c <= 0x7a ? node.ascii[c - 0x61] : node.next.get(c));
const trie: TrieNode = newNode();
for (const [w, list] of profileIndex) {
  let node = trie;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let next = step(node, c);
    if (!next) {
      next = newNode();
      if (c >= 0x61 && c <= 0x7a) node.ascii[c - 0x61] = next;
      else node.next.set(c, next);
    }
    node = next;
  }
  node.list = list;
}
const LATIN = /[\p{Script=Latin}]/gu;
/** A letter that is not a lower-case Latin word character (isLatinWordChar). */
const FOREIGN_LETTER = /[^\P{L}a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/u;
/** A character of a lower-cased Latin word: [a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]. */
const isLatinWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x24f);

/** BCP 47 primary subtag of the text's language, or undefined when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  // Latin-only text (the common case) is split by a plain character class, several times faster than \p{L}
  const lower = sample.toLowerCase();
  // (also text whose only characters past U+024F are not letters — curly quotes, dashes, no-break spaces:
  // its \p{L} words are exactly the runs of Latin word characters, all of Latin script, so the general
  // path below would count the same words and never reach the script test)
  const latinOnly = !/[^\u0000-\u024F]/.test(lower) || !FOREIGN_LETTER.test(lower);
  const hits = new Array<number>(wordProfiles.length).fill(0);
  let count = 0;
  if (latinOnly) {
    // one pass over the characters of the Latin word class, no match objects and no array of words;
    // plain ASCII-and-Latin text is Latin script throughout (no script check)
    let from = -1;
    let node: TrieNode | undefined;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      if (isLatinWordChar(c)) {
        if (from < 0) {
          from = i;
          node = trie;
        }
        if (node) node = step(node, c);
        continue;
      }
      if (from < 0) continue;
      count++;
      const list = node?.list;
      if (list) for (const k of list) hits[k]!++;
      from = -1;
    }
    if (count === 0) return undefined;
  } else {
    const words = lower.match(/\p{L}+/gu) ?? [];
    if (words.length === 0) return undefined;
    // scripts are looked at only when a good part of the letters is not Latin
    const letters = words.reduce((n, w) => n + w.length, 0);
    const latin = sample.match(LATIN)?.length ?? 0;
    if (latin / letters < 0.6) {
      for (const s of scriptProfiles) {
        if ((sample.match(s.pattern)?.length ?? 0) / letters > 0.4) return s.code;
      }
    }
    count = words.length;
    if (count >= MIN_WORDS) {
      for (const w of words) {
        const list = profileIndex.get(w);
        if (list) for (const i of list) hits[i]!++;
      }
    }
  }
  if (count < MIN_WORDS) return undefined;
  // best and runner-up by share (the first profile wins a tie, as a stable sort would keep it first)
  let best = -1;
  let second = -1;
  for (let i = 0; i < hits.length; i++) {
    if (best < 0 || hits[i]! > hits[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || hits[i]! > hits[second]!) second = i;
  }
  const bestShare = hits[best]! / count;
  if (bestShare < MIN_SHARE) return undefined;
  if (second >= 0 && bestShare < (hits[second]! / count) * MARGIN) return undefined;
  return wordProfiles[best]!.code;
}

/**
 * The language with its origin: the input's own (HTML lang, JSONL) unless the text clearly says another
 * (on the HTML benchmarks 8 of 9 disagreements were German or Spanish pages declared `lang="en"`),
 * else the detector's answer.
 */
export function documentLanguage(text: string, hint?: Valued<string>): Valued<string> | undefined {
  const code = detectLanguage(text);
  if (hint && (code === undefined || hint.value.toLowerCase().split(/[-_]/)[0] === code)) return hint;
  return code ? { value: code, origin: 'inferred' } : hint;
}

/** True unless the document is known to be in another language (undetectable text counts as English). */
export function isEnglish(doc: Pick<Document, 'meta'>): boolean {
  const lang = doc.meta.language?.value;
  return lang === undefined || /^en\b/i.test(lang);
}
