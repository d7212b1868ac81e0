// Cross-links between extractions, computed once after every extractor ran, from the descriptors'
// link specs: e.g. a claim lists the dates, figures and groups inside its content span; a casualty
// figure lists the dates of its sentence (the period it covers) unless its extractor said.
import type { Document, Span } from './types.js';
import type { Registry } from './registry.js';
import type { Extractions } from './pipeline.js';

const inside = (item: Span, outer: Span) => item.start >= outer.start && item.end <= outer.end;

function indexesWithin(items: readonly Span[], outer: Span): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    if (inside(it, outer)) out.push(i);
  });
  return out;
}

/** The sentence holding a span's start (binary search: sentences are sorted and disjoint). */
function sentenceOf(doc: Document, s: Span): Span | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = doc.sentences[mid] as Span;
    if (s.start < x.start) hi = mid - 1;
    else if (s.start >= x.end) lo = mid + 1;
    else return x;
  }
  return undefined;
}

export function linkExtractions(doc: Document, registry: Registry, ex: Extractions): Extractions {
  const out: Extractions = { ...ex };
  for (const desc of registry.extractors) {
    if (!desc.links?.length) continue;
    out[desc.name] = (ex[desc.name] ?? []).map((item) => {
      const linked: Record<string, unknown> = { ...item };
      for (const link of desc.links ?? []) {
        if (link.keepGiven && linked[link.field] !== undefined) continue;
        const scope = link.within === 'span' ? item : sentenceOf(doc, item);
        if (scope) linked[link.field] = indexesWithin(ex[link.to] ?? [], scope);
      }
      return linked as unknown as typeof item;
    });
  }
  return out;
}
