// Opening the database: the single writer (migrates, WAL, foreign keys) or a read-only reader.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations, SCHEMA_VERSION } from './migrations/index.js';

export type DB = Database.Database;

export function migrate(db: DB): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`database schema version ${current} is newer than this communique (${SCHEMA_VERSION}); upgrade communique`);
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(migrations[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

export function openWriter(path: string): DB {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL: a commit is durable against a killed process (only an OS crash can lose the last ones)
  db.pragma('synchronous = NORMAL');
  // the writer's page cache (default 2 MB): the extraction tables' indexes and the FTS segments it
  // updates stay in memory across a batch instead of being read back from the OS (~15% of a write)
  db.pragma('cache_size = -65536');
  // checkpoint the WAL every ~40 MB (default ~4 MB): with the default, nearly every commit of a large
  // group crossed the threshold and copied its pages to the database file (and synced it) at once; a
  // page rewritten by several commits between two checkpoints is now copied once (README "Performance")
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function openReader(path: string): DB {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`${path}: schema version ${version}, expected ${SCHEMA_VERSION}; run \`communique ingest\` with this version to migrate`);
  }
  return db;
}
