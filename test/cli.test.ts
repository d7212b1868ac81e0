// The CLI end to end, as a user runs it (the compiled bin, built by `npm test`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string;
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/communique.js', ...args], { encoding: 'utf8', input, env: { ...process.env, TZ: 'UTC', CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('communique CLI', () => {
  it('ingests the corpus, then shows a document from the database', () => {
    const db = join(dir, 'c.db');
    const r = run(['ingest', 'corpus/', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 documents read, 5 new, 0 reprocessed, 0 unchanged, 0 failed/);
    expect(r.stdout).toMatch(/5 documents/);
    const again = run(['ingest', 'corpus/', '--db', db]);
    expect(again.stderr).toMatch(/0 new, 0 reprocessed, 5 unchanged/);
    const shown = run(['show', 'corpus/001_a3086d6f6e2d555b.txt', '--db', db, '--format', 'json']);
    expect(shown.code).toBe(0);
    const rec = JSON.parse(shown.stdout);
    expect(rec.document).toMatchObject({ source: 'tass', dateline: { place: 'MOSCOW' }, published: { value: '2016-09-19', origin: 'inferred' } });
    // show prints exactly what extract printed for the same document
    const extracted = run(['extract', 'corpus/001_a3086d6f6e2d555b.txt', '--format', 'json']);
    expect(JSON.parse(extracted.stdout)).toEqual(rec);
    expect(run(['show', 'corpus/001_a3086d6f6e2d555b.txt', '--db', db]).stdout).toMatch(/^document [0-9a-f]{16}/);
  });

  it('extract --format jsonl follows the contract: one line per input document, in order, offsets into the given text', () => {
    const docs = [
      { id: 'b', text: 'MOSCOW, September 19. /TASS/. As a result, 63 civilians were killed and 252 more were wounded, the ministry said on Monday.', published: '2016-09-19' },
      { id: 'a', text: '"We reserve the right to conduct unilateral strikes from May 25," Shoigu said.', published: '2016-05-20', title: 'Strikes', source: 'tass' },
    ];
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
    const r = run(['extract', file, '--format', 'jsonl', '--with-text']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['b', 'a']);
    lines.forEach((rec, i) => {
      const text = docs[i]?.text as string;
      expect(rec.document.text).toBe(text);
      expect(rec.file).toBe(file);
      expect(Object.keys(rec)).toEqual(expect.arrayContaining(['id', 'document', 'dates', 'casualties', 'groups', 'claims']));
      for (const kind of ['dates', 'casualties', 'groups', 'claims']) {
        for (const item of rec[kind]) {
          expect(text.slice(item.start, item.end)).toBe(item.text);
          expect(typeof item.rule).toBe('string');
          if (item.speaker) expect(text.slice(item.speaker.start, item.speaker.end)).toBe(item.speaker.text);
          if (item.cue) expect(text.slice(item.cue.start, item.cue.end)).toBe(item.cue.text);
        }
      }
    });
    expect(lines[1].document).toMatchObject({ title: 'Strikes', source: 'tass', published: { value: '2016-05-20', origin: 'metadata' } });
  });

  it('reads stdin with -', () => {
    const r = run(['extract', '-', '--format', 'jsonl', '--published', '2016-09-19'], 'The ceasefire was extended for 48 hours more.');
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.file).toBe('-');
    expect(rec.document.published).toEqual({ value: '2016-09-19', origin: 'option' });
  });

  it('exits 1 when some documents fail, naming the file and the reason, and still prints the rest', () => {
    const bad = join(dir, 'empty.txt');
    writeFileSync(bad, '');
    const r = run(['extract', bad, 'corpus/004_492b593deee7ba14.txt', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: empty file`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['extract']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run(['extract', 'corpus', '--format', 'xml']).code).toBe(2);
    expect(run(['extract', 'corpus', '--published', 'last week']).code).toBe(2);
    expect(run(['show', 'nothing', '--db', join(dir, 'missing.db')]).code).toBe(2);
    const zero = run(['ingest', 'corpus', '--db', join(dir, 'z.db'), '--commit-every', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--commit-every.*1 or more/);
  });

  it('prints help with examples', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(run(['ingest', '--help']).stdout).toMatch(/--reprocess/);
  });

  it('is deterministic: the same input gives byte-identical JSONL', () => {
    const a = run(['extract', 'corpus/', '--format', 'jsonl', '--with-text']);
    const b = run(['extract', 'corpus/', '--format', 'jsonl', '--with-text']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trim().split('\n')).toHaveLength(5);
    // no clock or random ids leak into extraction output
    expect(a.stdout).not.toMatch(new RegExp(new Date().toISOString().slice(0, 10)));
    expect(readFileSync('corpus/001_a3086d6f6e2d555b.txt', 'utf8')).toBe(JSON.parse(a.stdout.split('\n')[1] as string).document.text);
  });
});
