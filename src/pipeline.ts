// The pure core: a Document in, Extractions out. Files, database and terminal stay at the edges.
import type { Extractor } from './extractor.js';
import type { Document, Extractions, ExtractorName } from './types.js';
import { registry as defaultRegistry } from '../extractors/index.js';
import { linkExtractions } from './links.js';

export function checkRegistryOrder(registry: readonly Extractor[]): void {
  const seen = new Set<ExtractorName>();
  for (const ex of registry) {
    for (const need of ex.needs ?? []) {
      if (!seen.has(need)) throw new Error(`extractor "${ex.name}" needs "${need}", which must come earlier in the registry`);
    }
    seen.add(ex.name);
  }
}

export function runExtractors(doc: Document, registry: readonly Extractor[] = defaultRegistry): Extractions {
  checkRegistryOrder(registry);
  const out: Partial<Extractions> = {};
  for (const ex of registry) {
    const items = ex.extract(doc, out);
    (out as Record<string, unknown>)[ex.name] = items;
  }
  return linkExtractions(doc, {
    dates: out.dates ?? [],
    casualties: out.casualties ?? [],
    groups: out.groups ?? [],
    claims: out.claims ?? [],
  });
}

/** Version string of the whole extractor set, stored with each document's extractions. */
export function extractorVersion(registry: readonly Extractor[] = defaultRegistry): string {
  return registry.map((e) => `${e.name}@${e.version}`).join(',');
}
