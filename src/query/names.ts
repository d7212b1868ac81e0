// Name normalisation and fuzzy matching for speakers and groups: one key per entity whatever the
// transliteration (Sergey/Sergei/Sergej, Defence/Defense), and a query that matches a canonical name,
// any alias seen, or a near spelling of either (natural's Jaro-Winkler, per token).
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'al', 'el']);

/** Lower case, no diacritics, letters and digits only, words separated by one space. */
export function plain(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One word with its transliteration variants folded: Sergey/Sergei/Sergej → sergi, Defence → defense. */
export function foldWord(w: string): string {
  return w
    .replace(/(?:ey|ei|ej|ii|iy|yi|y)$/u, 'i')
    .replace(/kh/g, 'h')
    .replace(/ence$/, 'ense')
    .replace(/(.)\1+/g, '$1');
}

// Queries compare one name with every speaker's and group's names: each name is tokenised once.
const tokenCache = new Map<string, readonly string[]>();

export function nameTokens(s: string): readonly string[] {
  let t = tokenCache.get(s);
  if (!t) {
    t = plain(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w))
      .map(foldWord);
    if (tokenCache.size >= 50_000) tokenCache.clear();
    tokenCache.set(s, t);
  }
  return t;
}

/** The normalised form two names share when nameScore calls them exact ('' for no words). */
export const nameForm = (s: string): string => nameTokens(s).join(' ');

/** A deterministic entity key from a name: `name:sergi-lavrov`. */
export function nameKey(s: string): string {
  return `name:${nameTokens(s).join('-')}`;
}

// The same word pairs recur across hundreds of speakers' and groups' names: each is scored once.
const jwCache = new Map<string, number>();
function jw(a: string, b: string): number {
  const key = `${a}\u0000${b}`;
  let d = jwCache.get(key);
  if (d === undefined) {
    d = JaroWinklerDistance(a, b, {});
    if (jwCache.size >= 200_000) jwCache.clear();
    jwCache.set(key, d);
  }
  return d;
}

/** Every query token matches a token of the name (equal, or Jaro-Winkler ≥ 0.9 for words of 4+ letters). */
function tokensMatch(query: readonly string[], name: readonly string[]): boolean {
  if (query.length === 0 || name.length === 0) return false;
  return query.every((q) => name.some((n) => n === q || (q.length >= 4 && n.length >= 4 && jw(q, n) >= 0.9)));
}

/**
 * How well a query names an entity given its names: 3 exact (normalised), 2 all query words found,
 * 1 fuzzy over the whole name, 0 no match.
 */
export function nameScore(query: string, names: readonly string[]): number {
  const q = nameTokens(query);
  const qs = q.join(' ');
  if (!qs) return 0;
  let best = 0;
  for (const n of names) {
    const t = nameTokens(n);
    const ts = t.join(' ');
    if (ts === qs) return 3;
    if (tokensMatch(q, t)) best = Math.max(best, 2);
    else if (qs.length >= 5 && jw(qs, ts) >= 0.92) best = Math.max(best, 1);
  }
  return best;
}

/** True when the query names the entity (any level). */
export const namesMatch = (query: string, names: readonly string[]) => nameScore(query, names) > 0;
