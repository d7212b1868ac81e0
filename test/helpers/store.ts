// Ingesting and reading through the store interface, as the CLI does, for the tests that need a database.
import { ingest, type IngestFlags } from '../../src/commands/ingest.js';
import { withStore as withStoreAt } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { defaultRegistry } from '../../extractors/index.js';

export const ingestFlags = (extra: Partial<IngestFlags> = {}): IngestFlags => ({ reprocess: false, inputFormat: 'auto', maxBytes: 1 << 24, ...extra });

/** Runs `fn` on the database at `path`, opened with the default registry. */
export const withStore = <T>(path: string, mode: 'read' | 'write', fn: (store: Store) => Promise<T>): Promise<T> => withStoreAt(path, defaultRegistry, { mode }, fn);

/** Ingests `inputs` into the database at `path`. */
export function ingestInto(path: string, inputs: string[], extra: Partial<IngestFlags> = {}) {
  return withStore(path, 'write', (store) => ingest(inputs, ingestFlags(extra), store, defaultRegistry));
}
