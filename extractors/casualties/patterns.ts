// Regular-expression pieces shared by the casualty rules (built from lexicon.ts data) and small
// helpers. Every pattern is anchored or applied to a bounded window (WINDOW), so each rule is linear.
import { FINITE_OUTCOMES, OUTCOME_WORDS } from './lexicon.js';
import { TENS, UNITS } from '../../src/text/numbers.js';
import type { CasualtyOutcome } from './types.js';
import { phrasePattern } from '../../src/text/regex.js';

/** A phrase as a regex source: metacharacters escaped, spaces match any whitespace. */
export const esc = phrasePattern;
const byLength = (a: string, b: string) => b.length - a.length;
/** Alternation of phrases, longest first (so "shot dead" wins over "dead"). */
export const alt = (xs: readonly string[]) => [...xs].sort(byLength).map(esc).join('|');

/** Right and left context windows: every rule looks at most this far, so long inputs stay linear. */
export const WINDOW = 240;
export const ahead = (text: string, pos: number) => text.slice(pos, pos + WINDOW);
export const behind = (text: string, pos: number) => text.slice(Math.max(0, pos - WINDOW), pos);

export function outcomeOf(phrase: string): CasualtyOutcome {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  return OUTCOME_WORDS.find((o) => o.phrase === p)?.outcome ?? 'killed';
}

/** First index whose start is ≥ pos (or whose end is > pos for `end`); spans sorted by start. */
export function lowerBound<T extends { start: number; end: number }>(xs: readonly T[], pos: number, key: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = xs[mid] as T;
    if (key === 'start' ? x.start < pos : x.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const OUTCOME_ALT = alt(OUTCOME_WORDS.map((o) => o.phrase));
export const AUX = '(?:(?:are|were|is|was)\\s+(?:estimated|believed|thought|reported|said|feared|known|understood)\\s+to\\s+have\\s+been|(?:may|might|could|would|will|must|are\\s+believed\\s+to|were\\s+believed\\s+to)\\s+(?:have\\s+)?been|were|was|are|is|have\\s+been|has\\s+been|had\\s+been|being|been|got|get)';
export const ADV = '(?:[\\p{L}]+ly|recorded|documented|reportedly|allegedly|also|all|later|subsequently|confirmed|found|left|now|already|either|just|then|mostly|reported|seriously|critically|fatally|lightly|badly|severely)';
export const CONTIGUOUS_RE = new RegExp(`^[\\s\\u00A0]+(?:(?<aux>${AUX}[\\s\\u00A0]+)|(?:have|has|had)[\\s\\u00A0]+|(?:are|were|is|was)[\\s\\u00A0]+(?:reported|believed|said|thought|feared|known|estimated)[\\s\\u00A0]+to[\\s\\u00A0]+have[\\s\\u00A0]+)?(?:${ADV}[\\s\\u00A0]+){0,2}(?<out>${OUTCOME_ALT})(?![\\p{L}])`, 'iu');
export const AUX_OUTCOME_RE = new RegExp(`^${AUX}[\\s\\u00A0]+(?:${ADV}[\\s\\u00A0]+){0,2}(?<out>${OUTCOME_ALT})(?![\\p{L}])`, 'iu');
export const AUX_RE = new RegExp(`(?<![\\p{L}])(?:were|was|are|is|have|has|had|being|got|may|might|could|would|will|must)(?![\\p{L}])`, 'iu');
export const FINITE_RE = new RegExp(`(?<![\\p{L}])(?:${alt([...FINITE_OUTCOMES])})(?![\\p{L}])`, 'iu');
export const ACTIVE_OBJECT_RE = new RegExp(`^[\\s\\u00A0]+(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+)?(?:\\d|(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')}|the|a|an|his|her|their|its|dozens|several|many|scores|hundreds)(?![\\p{L}]))`, 'iu');
export const INCLUDING_RE = /(?<![\p{L}])(?:including|included|include|includes|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+dead|among\s+the\s+victims)[\s\u00A0]*[:,]?[\s\u00A0]*$/iu;
export const COORD_RE = /^[\s\u00A0]*(?:,|and|or|, and|as well as|along with|plus|in addition to)?[\s\u00A0]*$/iu;
/** "… were among the dead", "among 19 dead", "among those killed". */
export const AMONG_AFTER_RE = /^[\s\u00A0]+(?:(?:were|was|are|is)[\s\u00A0]+)?(?:(?:also|identified|listed|counted|reported|recorded)[\s\u00A0]+)?among[\s\u00A0]+(?:the[\s\u00A0]+|those[\s\u00A0]+|them[\s\u00A0]+)?(?:[\d,]+[\s\u00A0]+)?(?:people[\s\u00A0]+)?(?<what>dead|killed|victims|fatalities|people\s+killed|wounded|injured)(?![\p{L}])/iu;
// "252 more were wounded"; a headline drops the auxiliary after "more" ("8 More Killed")
export const ELLIPSIS_RE = new RegExp(`^[\\s\\u00A0]+(?:(?<marker>more|others|other|of\\s+them|of\\s+whom|of\\s+those)?[\\s\\u00A0]*(?<aux>${AUX}[\\s\\u00A0]+)|more[\\s\\u00A0]+)(?:${ADV}[\\s\\u00A0]+){0,2}(?<out>${OUTCOME_ALT})(?![\\p{L}])`, 'iu');
export const BARE_OUTCOME_RE = /^[\s\u00A0]+(?<out>killed|dead|died|wounded|injured|missing|hurt|martyred)(?![\p{L}])/iu;
export const YEAR_OLD_RE = /^[\s\u00A0]*-?[\s\u00A0]*(?:year|month|week|day|hour|minute|km|kilometre|kilometer|mile|metre|meter)s?\b/iu;
export const LOOSE_FOLLOW_RE = /^(?:[\s\u00A0]*(?:[,.;:)"”'’\-–—]|$)|[\s\u00A0]+(?:[\p{Lu}]|(?:in|on|at|near|during|and|or|including|when|while|after|before|across|inside|since|so|this|last|yesterday|today|overnight|as|with|by|from|over|for|the|a|an|more|others|people|but|according|among|of)(?![\p{L}])))/u;
export const PERCENT_RE = /^[\s\u00A0]*(?:%|percent|per\s+cent)/iu;

