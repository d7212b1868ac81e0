// Shared by the reliability suites: temporary directories and the compiled CLI run as a user runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const cliEnv = { ...process.env, TZ: 'UTC', CI: 'true' };

export function runCli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/communique.js', ...args], { encoding: 'utf8', input, env: cliEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDirs(prefix: string) {
  const dirs: string[] = [];
  return {
    make(): string {
      const d = mkdtempSync(join(tmpdir(), `communique-${prefix}-`));
      dirs.push(d);
      return d;
    },
    cleanup(): void {
      while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
    },
  };
}




/** A JSONL batch of distinct documents made from the corpus statements, about `bytes` long. */
export function writeBatch(path: string, bytes: number): number {
  const texts = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('corpus', f), 'utf8'));
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = JSON.stringify({ id: `d${i}`, text: `${texts[i % texts.length]}\n\nCopy ${i}.`, url: `https://example.org/${i}` });
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines.length;
}

/** Documents committed so far (0 while the database or its schema is not there yet). */
export function committed(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

export async function waitFor(cond: () => boolean, timeoutMs: number, stepMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return cond();
}
