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

/** Every WAR_TOTAL_RE match holds one of these words (same flags, so the same case folding): a cheap test first. */
const WAR_TOTAL_HINT_RE = /since|war|conflict/iu;
/** A sentence holding a figure that is a whole-war total ("since the conflict began"). */
export const isWarTotal = (sentence: string) => WAR_TOTAL_HINT_RE.test(sentence) && WAR_TOTAL_RE.test(sentence);
/**
 * A death toll this large is a whole war's, however the sentence puts it ("Since then more than a
 * quarter of a million people have been killed"): no single attack or battle of these wars comes near.
 */
export const WAR_SCALE_DEAD = 100_000;

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

/** "Milis in Idlib province", "Azaz in northern Aleppo province", "Salah Eddin neighborhood in Aleppo city". */
const CONTAINED_GAP_RE = /^[\s\u00A0]*(?:(?:neighbou?rhood|district|village|town|area|quarter|camp)[\s\u00A0]*)?(?:,|in)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:(?:north|south|east|west)(?:ern)?|central|rural)?[\s\u00A0]*$/iu;
/** "the neighborhoods of al-Hamadaniyeh and al-Midan in Aleppo city": a figure over both places. */
const COORDINATED_GAP_RE = /^[\s\u00A0]*(?:,|and|,[\s\u00A0]*and)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
/** Between two figures: the second is in a clause of its own ("… hours after an attack left dozens dead"). */
const SUBORDINATE_RE = /(?<![\p{L}])(?:after|before|since|following)(?![\p{L}])/iu;
/** "near Raqqa", "outside the capital Damascus", "east of Homs": the figure is not in that place. */
const NEAR_BEFORE_RE = /(?<![\p{L}])(?:near|outside|around|(?:north|south|east|west)(?:east|west)?\s+of|outskirts\s+of)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}$/iu;

/** Whether `outer`, named right after `inner` ("X in Y"), is a larger place holding it. */
function contains(text: string, inner: CasualtyPlace, outer: CasualtyPlace): boolean {
  if (RANK[outer.type] <= RANK[inner.type] || outer.type === 'country' || outer.start - inner.end > 30) return false;
  if (!CONTAINED_GAP_RE.test(text.slice(inner.end, outer.start))) return false;
  return outer.type === 'province' ? inner.province === outer.province || inner.province === outer.name : inner.province !== undefined && inner.province === outer.province;
}

/** The place a mention stands for: "X in Y province" named last is still about X. */
function innermost(text: string, places: readonly CasualtyPlace[], i: number): CasualtyPlace {
  let k = i;
  while (k > 0 && contains(text, places[k - 1] as CasualtyPlace, places[k] as CasualtyPlace)) k--;
  return places[k] as CasualtyPlace;
}

/** The place the next sentence ties to the same strike, if any (the same for every figure of a sentence). */
export function eventPlace(text: string, next: { start: number; end: number }, places: readonly CasualtyPlace[]): CasualtyPlace | undefined {
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

/** "on al-Hamadaniyeh and al-Midan in Aleppo city": the figure's place is the one holding both. */
function widen(text: string, places: readonly CasualtyPlace[], own: CasualtyPlace | undefined): CasualtyPlace | undefined {
  if (!own) return own;
  const i = places.indexOf(own);
  const second = places[i + 1];
  const outer = places[i + 2];
  if (!second || !outer || second.start - own.end > 12 || !COORDINATED_GAP_RE.test(text.slice(own.end, second.start))) return own;
  return contains(text, second, outer) && own.province !== undefined && own.province === outer.province ? outer : own;
}

export function linkPlace(
  text: string,
  fig: { start: number; end: number },
  sentence: { start: number; end: number },
  places: readonly CasualtyPlace[],
  warTotal: boolean,
  /** The next sentence's strike place (eventPlace), asked only when needed; absent: no next sentence. */
  nextEvent?: () => CasualtyPlace | undefined,
  /** The sentence's head figures: a place named after a later one, in a clause of its own, is that figure's. */
  heads: ReadonlyArray<{ start: number; end: number }> = [],
): PlaceLink {
  const from = firstAtOrAfter(places, sentence.start);
  const to = firstAtOrAfter(places, sentence.end);
  const inSentence = places.slice(from, to).filter((p) => p.end <= sentence.end && !(p.start < fig.end && fig.start < p.end));
  const fine = inSentence.filter((p) => p.type !== 'country');
  const clauseOf = (p: CasualtyPlace) => (CLAUSE_BREAK_RE.test(p.start >= fig.end ? text.slice(fig.end, p.start) : text.slice(p.end, fig.start)) ? 'other-clause' : undefined);
  // The first named after the figure ("killed 12 in X"), else the nearest before. (The finest
  // before, "strikes on the town of X in Y province killed 12" → X, helped half a but not half b.)
  // ("… killed 19 … hours after an attack left dozens dead in X": X is the other figure's.)
  const ownAfter = (p: CasualtyPlace) => p.start >= fig.end && !heads.some((o) => o.start >= fig.end && o.end <= p.start && SUBORDINATE_RE.test(text.slice(fig.end, o.start)));
  const pick = (xs: CasualtyPlace[]) => xs.find(ownAfter) ?? [...xs].reverse().find((p) => p.end <= fig.start);
  const own = widen(text, places, pick(fine));
  // "… killed in an air strike near Raqqa. … injured in the strike on Heneyda": the next sentence
  // naming the same strike at a finer place gives the figure's place.
  const event = !warTotal && nextEvent ? nextEvent() : undefined;
  // (a place the figure is only near, "outside the capital Damascus", yields to one as fine)
  const near = own !== undefined && NEAR_BEFORE_RE.test(text.slice(Math.max(sentence.start, own.start - 40), own.start));
  if (event && (!own || RANK[event.type] < RANK[own.type] || (near && RANK[event.type] <= RANK[own.type]))) return { place: event, inferred: 'next-sentence' };
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
  let lastBefore = from - 1;
  while (lastBefore >= 0 && (places[lastBefore] as CasualtyPlace).type === 'country') lastBefore--;
  const before = lastBefore >= 0 ? innermost(text, places, lastBefore) : undefined;
  const after = places.slice(to).find((p) => p.type !== 'country');
  const ctx = before ?? after;
  if (ctx) return { place: ctx, inferred: 'context' };
  return country ? { place: country } : { place: null };
}
