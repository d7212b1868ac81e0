// Tokens ending in "." that do not end a sentence (compared without the final dot, case-insensitive).
export const abbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep',
  'pres', 'amb', 'hon', 'rev', 'st', 'jr', 'sr', 'no', 'nos', 'vol', 'art', 'para', 'p', 'pp', 'fig', 'ed', 'eds',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'est', 'approx', 'vs', 'etc', 'cf', 'al', 'e.g', 'i.e', 'a.m', 'p.m',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c',
]);

/** Abbreviations after which a capitalised word is a name, never a new sentence. */
export const titleAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep',
  'pres', 'amb', 'hon', 'rev', 'st', 'no', 'nos', 'u.s', 'u.k', 'u.n', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'vol', 'fig', 'p', 'pp',
]);
