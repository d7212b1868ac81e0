// Cross-links between extractions, computed once for every extractor set: a claim links the dates,
// figures and groups inside its content span; a casualty figure links the dates of its sentence
// (the period it covers) when its extractor did not say.
import type { Document, Extractions, Span } from './types.js';

const inside = (item: Span, outer: Span) => item.start >= outer.start && item.end <= outer.end;

function indexesWithin(items: readonly Span[], outer: Span): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    if (inside(it, outer)) out.push(i);
  });
  return out;
}

export function linkExtractions(doc: Document, ex: Extractions): Extractions {
  const sentenceOf = (s: Span) => doc.sentences.find((x) => s.start >= x.start && s.start < x.end);
  const casualties = ex.casualties.map((c) => {
    if (c.dates !== undefined) return c;
    const sentence = sentenceOf(c);
    return sentence ? { ...c, dates: indexesWithin(ex.dates, sentence) } : c;
  });
  const claims = ex.claims.map((c) => ({
    ...c,
    dates: indexesWithin(ex.dates, c),
    casualties: indexesWithin(ex.casualties, c),
    groups: indexesWithin(ex.groups, c),
  }));
  return { ...ex, casualties, claims };
}
