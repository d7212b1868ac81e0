// The runs table: one row per ingest, with its inputs, counts and failures.
import type { DB } from './connection.js';
import type { RunCounts, RunStatus } from '../store.js';

export function startRun(db: DB, toolVersion: string, extractorVersion: string, inputs: readonly string[]): number {
  // A run still marked running was killed: say so, its committed documents are kept.
  db.prepare("UPDATE runs SET status = 'interrupted' WHERE status = 'running'").run();
  const info = db
    .prepare("INSERT INTO runs (started_at, status, tool_version, extractor_version, inputs_json) VALUES (?, 'running', ?, ?, ?)")
    .run(new Date().toISOString(), toolVersion, extractorVersion, JSON.stringify(inputs));
  return Number(info.lastInsertRowid);
}

export function recordFailure(db: DB, runId: number, file: string, reason: string): void {
  db.prepare('INSERT INTO failures (run_id, file, reason) VALUES (?, ?, ?)').run(runId, file, reason);
}

export function finishRun(db: DB, runId: number, counts: RunCounts, status: RunStatus = 'done'): void {
  db.prepare(
    `UPDATE runs SET finished_at = @finished_at, status = @status, documents_read = @documents_read, documents_new = @documents_new,
     documents_unchanged = @documents_unchanged, documents_reprocessed = @documents_reprocessed, failures = @failures WHERE id = @id`,
  ).run({ ...counts, id: runId, status, finished_at: new Date().toISOString() });
}
