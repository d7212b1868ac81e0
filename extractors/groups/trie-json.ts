// The JSON layout shared by the groups tries (names.ts, fuzzy.ts) for the build-time compiled file: a
// node is [its items, key, child, key, child, …], children in insertion order.

/** A trie node as JSON, its items encoded as `J`. */
export interface TrieNodeJSON<J> extends Array<J[] | string | TrieNodeJSON<J>> {}

/** A trie node as the tries keep it: child map and items. */
interface TrieNode<T> {
  next: ReadonlyMap<string, TrieNode<T>>;
}

/** Encodes a node and its subtree; `items` reads a node's items, `encode` writes one. */
export function trieToJSON<N extends TrieNode<N>, T, J>(n: N, items: (n: N) => readonly T[], encode: (t: T) => J): TrieNodeJSON<J> {
  const out: TrieNodeJSON<J> = [items(n).map(encode)];
  for (const [k, child] of n.next) out.push(k, trieToJSON(child as N, items, encode));
  return out;
}

/** Decodes a node and its subtree; `make` builds a node from its items and its children (none: a leaf). */
export function trieFromJSON<N, J>(j: TrieNodeJSON<J>, make: (items: J[], next: Map<string, N> | undefined) => N): N {
  if (j.length === 1) return make(j[0] as J[], undefined);
  const next = new Map<string, N>();
  for (let k = 1; k < j.length; k += 2) next.set(j[k] as string, trieFromJSON(j[k + 1] as TrieNodeJSON<J>, make));
  return make(j[0] as J[], next);
}
