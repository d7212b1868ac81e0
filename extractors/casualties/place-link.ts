// Which place a figure happened in: a place mention of its own sentence (the first after the figure,
// else the nearest before; a country only when nothing finer is named), a war-wide total → Syria,
// else the context (the last place named before the sentence, or for a headline the first one
// after). Anything not in the figure's own clause is marked in `inferred.place`.
import type { CasualtyPlace } from './types.js';

export interface PlaceLink {
  place: CasualtyPlace | null;
  /** Why the place was inferred: 'other-clause', 'war-total', 'context'. Undefined when stated in the clause. */
  inferred?: string;
}

const WAR_TOTAL_RE = /(?<![\p{L}])(?:since\s+(?:the\s+)?(?:(?:syrias|syria['’]s|syrian|civil|the\s+country['’]?s|countrys|its)\s+)?(?:conflict|war|uprising|civil\s+war|crisis|start|beginning|outbreak|revolt|revolution|20[01]\d|march\s+2011)|the\s+(?:civil\s+)?(?:war|conflict)\s+(?:has|had)\s+(?:killed|left|claimed)|(?:five|six|seven|four|three|\d)-year(?:-old)?\s+(?:war|conflict)|death\s+toll\s+from\s+the\s+(?:\S+\s+){0,2}(?:war|conflict))/iu;
const CLAUSE_BREAK_RE = /[,;:()]|(?<![\p{L}])(?:and|while|as|but|after|when)(?![\p{L}])/iu;

/** A sentence holding a figure that is a whole-war total ("since the conflict began"). */
export const isWarTotal = (sentence: string) => WAR_TOTAL_RE.test(sentence);

/** First index of a place starting at or after `pos` (places sorted by start). */
function firstAtOrAfter(places: readonly CasualtyPlace[], pos: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((places[mid] as CasualtyPlace).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finer places rank lower. */
const RANK: Readonly<Record<CasualtyPlace['type'], number>> = { neighbourhood: 0, village: 0, town: 1, city: 2, district: 2, region: 3, province: 4, country: 5 };
/**
 * The strike named again (definite: the same one), right before a place: "The strikes hit the town of
 * Douma", "in the strike on Heneyda"; not "Other rocket shells fired … on X" (another incident).
 */
const EVENT_BEFORE_RE = /(?<![\p{L}])the[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:(?:air[\s\u00A0]*)?strikes?|airstrikes?|raids?|attacks?|blast|explosion|bombing|bombardment|shelling|shells|missiles?|rockets?)[\s\u00A0]+(?:[\p{L}\p{N}]+[\s\u00A0]+){0,3}?(?:hit|hits|targeted|targeting|struck|on|in|at)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:(?:town|village|city|neighbou?rhood|district|area)[\s\u00A0]+of[\s\u00A0]+)?$/iu;

const SUBURB_OF_RE = /^[\s\u00A0]+(?:suburbs?|outskirts|countryside)[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

/** The place the next sentence ties to the same strike, if any. */
function eventPlace(text: string, next: { start: number; end: number }, places: readonly CasualtyPlace[]): CasualtyPlace | undefined {
  for (let i = firstAtOrAfter(places, next.start); i < places.length; i++) {
    const p = places[i] as CasualtyPlace;
    if (p.end > next.end) break;
    if (p.type === 'country' || !EVENT_BEFORE_RE.test(text.slice(Math.max(next.start, p.start - 80), p.start))) continue;
    // "the attack on the Damascus suburb of eastern Ghouta": the place is the suburb
    const q = places[i + 1];
    return q && q.end <= next.end && SUBURB_OF_RE.test(text.slice(p.end, q.start)) ? q : p;
  }
  return undefined;
}

export function linkPlace(
  text: string,
  fig: { start: number; end: number },
  sentence: { start: number; end: number },
  places: readonly CasualtyPlace[],
  warTotal: boolean,
  next?: { start: number; end: number },
): PlaceLink {
  const from = firstAtOrAfter(places, sentence.start);
  const to = firstAtOrAfter(places, sentence.end);
  const inSentence = places.slice(from, to).filter((p) => p.end <= sentence.end && !(p.start < fig.end && fig.start < p.end));
  const fine = inSentence.filter((p) => p.type !== 'country');
  const clauseOf = (p: CasualtyPlace) => (CLAUSE_BREAK_RE.test(p.start >= fig.end ? text.slice(fig.end, p.start) : text.slice(p.end, fig.start)) ? 'other-clause' : undefined);
  // The first named after the figure ("killed 12 in X"), else the nearest before. (The finest
  // before, "strikes on the town of X in Y province killed 12" → X, helped half a but not half b.)
  const pick = (xs: CasualtyPlace[]) => xs.find((p) => p.start >= fig.end) ?? [...xs].reverse().find((p) => p.end <= fig.start);
  const own = pick(fine);
  // "… killed in an air strike near Raqqa. … injured in the strike on Heneyda": the next sentence
  // naming the same strike at a finer place gives the figure's place.
  const event = !warTotal && next ? eventPlace(text, next, places) : undefined;
  if (event && (!own || RANK[event.type] < RANK[own.type])) return { place: event, inferred: 'next-sentence' };
  if (own) {
    const inf = clauseOf(own);
    return inf ? { place: own, inferred: inf } : { place: own };
  }
  const country = pick(inSentence);
  if (warTotal) {
    if (country) return { place: country };
    const syria = places.find((p) => p.id === 'syria');
    return syria ? { place: syria, inferred: 'war-total' } : { place: null };
  }
  // Context: the last finer place named before the sentence, or (a headline, a lede) the first after.
  const before = [...places.slice(0, from)].reverse().find((p) => p.type !== 'country');
  const after = places.slice(to).find((p) => p.type !== 'country');
  const ctx = before ?? after;
  if (ctx) return { place: ctx, inferred: 'context' };
  return country ? { place: country } : { place: null };
}
