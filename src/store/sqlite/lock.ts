// One writer per database: an ingest holds an exclusive SQLite lock on a small companion file
// (`<db>.lock`) for as long as its store is open. The lock is the operating system's file lock, so a
// killed process never leaves a stale lock behind; readers (show, queries, the web view) never take
// it and keep reading the WAL database while the writer commits.
import Database from 'better-sqlite3';
import { StoreError } from '../store.js';

export class WriterLock {
  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {}

  /** Takes the lock, waiting up to `waitMs`; refuses with a clear message when another writer holds it. */
  static acquire(dbPath: string, waitMs = 0): WriterLock {
    const path = `${dbPath}.lock`;
    const db = new Database(path);
    try {
      db.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
    } catch (err) {
      db.close();
      if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY') || (err as { code?: string }).code?.startsWith('SQLITE_LOCKED')) {
        throw new StoreError(
          `${dbPath} is being written by another communique ingest (it holds ${path}); wait for it to finish, or use another --db`,
        );
      }
      throw err;
    }
    return new WriterLock(db, path);
  }

  release(): void {
    if (!this.db.open) return;
    try {
      this.db.exec('ROLLBACK');
    } finally {
      this.db.close();
    }
  }
}
