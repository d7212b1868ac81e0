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

export function runExtractors(doc: Document, registry: Registry, hooks: PipelineHooks = {}): Extractions {
  const out = new Map<string, Mention[]>();
  for (const ex of registry.extractors) {
    const t0 = hooks.stage ? performance.now() : 0;
    out.set(ex.name, skipsLanguage(ex, doc) ? [] : ex.extract(doc, out));
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
