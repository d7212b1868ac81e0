// Opens a store by location: a file path (or `sqlite:PATH`) is SQLite. A `postgres://` URL is where
// the shared-database backend plugs in (next round); the commands only ever see the Store interface.
import type { Registry } from '../registry.js';
import { StoreError, type OpenOptions, type Store } from './store.js';
import { SqliteStore } from './sqlite/index.js';

export { DEFAULT_DB } from './sqlite/index.js';

export async function openStore(location: string, registry: Registry, opts: OpenOptions): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new StoreError(`${location.replace(/:[^:@/]*@/, ':***@')}: the PostgreSQL backend is not built yet; use a SQLite file path`);
  return SqliteStore.open(location.replace(/^sqlite:/, ''), registry, opts);
}

/** Runs `fn` with a store opened for it, closing the store whatever happens. */
export async function withStore<T>(location: string, registry: Registry, opts: OpenOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location, registry, opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
