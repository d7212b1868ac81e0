// Building regular expressions from word lists: the one escape and alternation helper.

/** Escapes every character that has a meaning in a RegExp pattern. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal phrase whose spaces match any run of whitespace (line breaks, no-break spaces). */
export function phrasePattern(s: string): string {
  return escapeRegExp(s).replace(/ /g, '\\s+');
}

/** One non-capturing alternation of literal phrases, longest first so a prefix never wins. */
export function alternation(phrases: Iterable<string>, opts: { flexibleSpace?: boolean } = {}): string {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map(opts.flexibleSpace ? phrasePattern : escapeRegExp).join('|')})`;
}
