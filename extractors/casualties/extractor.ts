// Casualties extractor: runs the engine (engine.ts) over every extractable sentence and links each
// figure to the dates of its sentence (indexes into prior.dates). Group mentions (prior.groups)
// tell the side of armed-neutral nouns ("18 members of the Syrian Democratic Forces" → militants).
import { itemsOf, type ExtractorCore } from '../../src/extractor.js';
import type { Document } from '../../src/types.js';
import type { CasualtyMention } from './types.js';
import type { DateMention } from '../dates/types.js';
import { namedGroups, type GroupMention } from '../groups/types.js';
import { extractFigures } from './engine.js';
import { cuePositions, hasNumber } from './prefilter.js';
import { findPlaces } from './places.js';
import { eventPlace, isWarTotal, linkPlace, WAR_SCALE_DEAD } from './place-link.js';
import { isPeriodTotal } from './period.js';
import type { CasualtyPlace } from './types.js';

/** Indexes of `items` inside each sentence, in one pass (sentences and items sorted by start). */
function bySentence(sentences: Document['sentences'], items: ReadonlyArray<{ start: number; end: number }>): number[][] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a] as { start: number }).start - (items[b] as { start: number }).start);
  const out: number[][] = sentences.map(() => []);
  let k = 0;
  sentences.forEach((s, si) => {
    while (k < order.length && (items[order[k] as number] as { start: number }).start < s.start) k++;
    for (let j = k; j < order.length; j++) {
      const it = items[order[j] as number] as { start: number; end: number };
      if (it.start >= s.end) break;
      if (it.end <= s.end) (out[si] as number[]).push(order[j] as number);
    }
  });
  for (const list of out) list.sort((a, b) => a - b);
  return out;
}

/** The places that overlap no group mention, by one sort of the groups (no place × group test). */
function outsideGroups(places: CasualtyPlace[], groups: ReadonlyArray<{ start: number; end: number }>): CasualtyPlace[] {
  if (groups.length === 0 || places.length === 0) return places;
  const sorted = [...groups].sort((a, b) => a.start - b.start);
  // maxEnd[k]: the largest end among the first k + 1 groups by start
  const maxEnd: number[] = [];
  for (const g of sorted) maxEnd.push(Math.max(g.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return places.filter((p) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as { start: number }).start < p.end) lo = mid + 1;
      else hi = mid;
    }
    // the groups starting before the place ends: one of them overlaps it iff one ends after it starts
    return lo === 0 || (maxEnd[lo - 1] as number) <= p.start;
  });
}

export function extractCasualties(doc: Document, dates: readonly DateMention[] = [], groups: readonly GroupMention[] = []): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  const datesIn = bySentence(doc.sentences, dates);
  const groupsIn = bySentence(doc.sentences, groups);
  const cues = cuePositions(doc.text);
  // Places are found once, and only for documents with a figure; none inside a group name.
  let places: CasualtyPlace[] | undefined;
  const placesOf = () => (places ??= outsideGroups(findPlaces(doc.text), groups));
  let ci = 0;
  // the last head figure and the sentence it closed, for an anaphoric "others" in the next sentence
  let last: { si: number; category: CasualtyMention['category']; outcome: CasualtyMention['outcome'] } | undefined;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si] as Document['sentences'][number];
    while (ci < cues.length && (cues[ci] as number) < s.start) ci++;
    if (ci >= cues.length || (cues[ci] as number) >= s.end) continue;
    const text = doc.text.slice(s.start, s.end);
    if (!hasNumber(text)) continue;
    const inSentence = datesIn[si] ?? [];
    const dateSpans = inSentence.map((i) => ({ start: (dates[i] as DateMention).start - s.start, end: (dates[i] as DateMention).end - s.start }));
    const groupSpans = (groupsIn[si] ?? []).map((i) => groups[i] as GroupMention).map((g) => ({ start: g.start - s.start, end: g.end - s.start, type: g.type }));
    const previous = last && last.si === si - 1 ? { category: last.category, outcome: last.outcome } : undefined;
    const figures = extractFigures(text, previous ? { dateSpans, groups: groupSpans, previous } : { dateSpans, groups: groupSpans });
    const warSentence = figures.length > 0 && isWarTotal(text);
    const periodTotal = figures.length > 0 && isPeriodTotal(doc.text, s, inSentence.map((i) => dates[i] as DateMention));
    const heads = figures.filter((g) => !g.sub).map((g) => ({ start: s.start + g.start, end: s.start + g.end }));
    const next = doc.sentences[si + 1];
    let event: { place: CasualtyPlace | undefined } | undefined;
    const nextEvent = next ? () => (event ??= { place: eventPlace(doc.text, next, placesOf()) }).place : undefined;
    for (const f of figures) {
      const warTotal = warSentence || (f.outcome === 'killed' && f.low >= WAR_SCALE_DEAD);
      const m: CasualtyMention = {
        start: s.start + f.start,
        end: s.start + f.end,
        text: doc.text.slice(s.start + f.start, s.start + f.end),
        count: f.count,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        outcome: f.outcome,
        category: f.category,
        rule: f.rule,
        number: { start: s.start + f.numStart, end: s.start + f.numEnd },
        dates: inSentence,
      };
      if (f.inferred) m.inferred = f.inferred;
      if (f.cumulative || warTotal || periodTotal) m.cumulative = true;
      if (f.includes) m.includes = f.includes;
      const link = linkPlace(doc.text, m, s, placesOf(), warTotal, nextEvent, heads);
      m.place = link.place;
      if (link.inferred) m.inferred = { ...m.inferred, place: link.inferred };
      out.push(m);
      if (!f.sub) last = { si, category: f.category, outcome: f.outcome };
    }
  }
  return out;
}

export const casualtiesExtractor: ExtractorCore<'casualties', CasualtyMention> = {
  name: 'casualties',
  version: '1.2.0',
  needs: ['dates', 'groups'],
  extract: (doc, prior) => extractCasualties(doc, itemsOf<DateMention>(prior, 'dates'), namedGroups(itemsOf<GroupMention>(prior, 'groups'))),
};
