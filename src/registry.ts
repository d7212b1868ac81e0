// A registry: the ordered list of extractor descriptors a command runs, checked once when built
// (unique names and tables, every `needs` earlier in the list). Commands build it at the edge and
// pass it down; nothing below the commands imports the default one.
import type { AnyExtractor } from './extractor.js';

export interface Registry<R extends readonly AnyExtractor[] = readonly AnyExtractor[]> {
  readonly extractors: R;
  /** Version string of the whole set (`dates@1.0.0,groups@…`), stored with each document. */
  readonly version: string;
  get(name: string): AnyExtractor | undefined;
}

export class RegistryError extends Error {}

export function buildRegistry<R extends readonly AnyExtractor[]>(extractors: R): Registry<R> {
  const names = new Set<string>();
  const tables = new Set<string>();
  for (const ex of extractors) {
    if (!/^[a-z][a-z0-9_]*$/.test(ex.name)) throw new RegistryError(`extractor name "${ex.name}": lower-case letters, digits and _ only`);
    if (names.has(ex.name)) throw new RegistryError(`extractor "${ex.name}" is registered twice`);
    if (tables.has(ex.storage.table)) throw new RegistryError(`extractor "${ex.name}": table "${ex.storage.table}" is used by another extractor`);
    for (const need of ex.needs ?? []) {
      if (!names.has(need)) throw new RegistryError(`extractor "${ex.name}" needs "${need}", which must come earlier in the registry`);
    }
    for (const link of ex.links ?? []) {
      if (!names.has(link.to) && link.to !== ex.name && !extractors.some((e) => e.name === link.to)) {
        throw new RegistryError(`extractor "${ex.name}" links field "${link.field}" to unknown extractor "${link.to}"`);
      }
    }
    names.add(ex.name);
    tables.add(ex.storage.table);
  }
  const byName = new Map(extractors.map((e) => [e.name, e] as const));
  return {
    extractors,
    version: extractors.map((e) => `${e.name}@${e.version}`).join(','),
    get: (name) => byName.get(name),
  };
}
