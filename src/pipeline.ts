// The pure core: a Document in, extractions out. Files, database and terminal stay at the edges;
// the registry comes from the caller.
import { performance } from 'node:perf_hooks';
import type { Document, Mention } from './types.js';
import type { AnyExtractor } from './extractor.js';
import type { Registry } from './registry.js';
import { linkExtractions } from './links.js';

/** Items per extractor name, in registry order. */
export type Extractions = Record<string, Mention[]>;

/** Optional instrumentation: benchmarks time each stage through this instead of copying the loop. */
export interface PipelineHooks {
  stage?(name: string, ms: number): void;
}

/** The document's language when known (ISO 639-1, lower case), from its metadata. */
function languageOf(doc: Document): string | undefined {
  return doc.meta.language?.value.slice(0, 2).toLowerCase() || undefined;
}

/** True when the extractor's rules are written for another language than the document's. */
export function skipsLanguage(ex: AnyExtractor, doc: Document): boolean {
  const lang = languageOf(doc);
  return ex.languages !== undefined && lang !== undefined && !ex.languages.includes(lang);
}

/**
 * Items of one extractor may overlap, but together never cover the text more than this many times over
 * (plus an allowance for short texts): beyond that the output grows with the square of the input and
 * storing or printing it would exhaust memory, so the document fails alone with this reason instead.
 */
export const MAX_COVERAGE = 100;
const COVERAGE_ALLOWANCE = 1_000_000;

export class OutputBudgetError extends Error {}

function checkOutput(name: string, items: readonly Mention[], textLength: number): void {
  let covered = 0;
  for (const item of items) covered += Math.max(0, item.end - item.start);
  if (covered > MAX_COVERAGE * textLength + COVERAGE_ALLOWANCE) {
    throw new OutputBudgetError(
      `${name}: ${items.length} items cover ${covered} characters of a ${textLength}-character text (more than ${MAX_COVERAGE} times over; the output grows with the square of the input)`,
    );
  }
}

export function runExtractors(doc: Document, registry: Registry, hooks: PipelineHooks = {}): Extractions {
  const out = new Map<string, Mention[]>();
  for (const ex of registry.extractors) {
    const t0 = hooks.stage ? performance.now() : 0;
    const items = skipsLanguage(ex, doc) ? [] : ex.extract(doc, out);
    checkOutput(ex.name, items, doc.text.length);
    out.set(ex.name, items);
    hooks.stage?.(ex.name, performance.now() - t0);
  }
  const t0 = hooks.stage ? performance.now() : 0;
  const linked = linkExtractions(doc, registry, Object.fromEntries(out));
  hooks.stage?.('links', performance.now() - t0);
  return linked;
}

/** Empty extractions for every extractor of the registry. */
export function emptyExtractions(registry: Registry): Extractions {
  return Object.fromEntries(registry.extractors.map((e) => [e.name, []]));
}
