// Generic (habitual) contexts: a date that recurs every year ("is celebrated on May 3") names no
// particular year, so it is left unanchored (XXXX-05-03) instead of taking the publication year.
// Matched against the text just before the date, within its clause.
export const genericBefore: readonly string[] = [
  '\\b(?:is|are|gets|get)\\s+(?:\\w+ly\\s+)?(?:celebrated|marked|observed|commemorated)\\s+(?:annually\\s+|every\\s+year\\s+|each\\s+year\\s+|yearly\\s+)?on\\s+$',
  '\\b(?:falls|fall)\\s+(?:annually\\s+|every\\s+year\\s+|each\\s+year\\s+)?on\\s+$',
  '\\b(?:every|each)\\s+year\\s+on\\s+$',
  '\\bannually\\s+on\\s+$',
];
