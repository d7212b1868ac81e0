// Dirty input directories: nothing in them stops a batch, and everything passed over is accounted for.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSkipped, listInputs, readInputs, type ReadResult, type SkippedInput } from '../../src/document/read.js';
import { runCli, tempDirs } from './helpers.js';

const tmp = tempDirs('inputs');
afterEach(() => tmp.cleanup());

const STATEMENT = 'MOSCOW, May 20. /TASS/. Russia proposed joint strikes, Shoigu said on Friday.';

async function readAll(inputs: string[], onSkip?: (s: SkippedInput) => void): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, { format: 'auto', maxBytes: 1 << 20, ...(onSkip ? { onSkip } : {}) })) out.push(r);
  return out;
}

function dirtyDir(): string {
  const d = tmp.make();
  writeFileSync(join(d, 'a.txt'), STATEMENT);
  symlinkSync(join(d, 'gone.txt'), join(d, 'b-dangling.txt')); // target never existed
  symlinkSync(join(d, 'gone.csv'), join(d, 'b-dangling.csv'));
  writeFileSync(join(d, 'c.csv'), 'a,b\n1,2\n');
  writeFileSync(join(d, 'd.md'), '# notes');
  writeFileSync(join(d, 'e.pdf'), '%PDF-1.4');
  writeFileSync(join(d, '.DS_Store'), 'x');
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'sub', 'z.txt'), `${STATEMENT} Again.`);
  symlinkSync(d, join(d, 'sub', 'loop')); // a directory link back up: walked once
  return d;
}

describe('input directories', () => {
  it('a dangling symbolic link fails alone; every file after it is read', async () => {
    const d = dirtyDir();
    const skipped: SkippedInput[] = [];
    const results = await readAll([d], (s) => skipped.push(s));
    expect(results.map((r) => (r.ok ? `ok ${r.doc.file}` : `fail ${r.file}: ${r.reason}`))).toEqual([
      `ok ${join(d, 'a.txt')}`,
      `fail ${join(d, 'b-dangling.txt')}: dangling symbolic link`,
      `ok ${join(d, 'sub', 'z.txt')}`,
    ]);
    expect(skipped.map((s) => [s.path.slice(d.length + 1), s.reason, s.detail])).toEqual([
      ['.DS_Store', 'hidden', undefined],
      ['b-dangling.csv', 'dangling symbolic link', undefined],
      ['c.csv', 'unsupported extension', '.csv'],
      ['d.md', 'unsupported extension', '.md'],
      ['e.pdf', 'unsupported extension', '.pdf'],
      ['sub/loop', 'symbolic link loop', undefined],
    ]);
    expect(describeSkipped(skipped)).toBe('6 files skipped: 1 hidden, 1 dangling symbolic link, 3 unsupported extension (.csv, .md, .pdf), 1 symbolic link loop');
  });

  it('a dangling link given as an input is a failure, not a crash', () => {
    const d = tmp.make();
    symlinkSync(join(d, 'nothing'), join(d, 'link.txt'));
    expect(listInputs([join(d, 'link.txt')])).toEqual([{ path: join(d, 'link.txt'), error: 'dangling symbolic link' }]);
  });

  it('ingest names how many files were skipped and why; --verbose lists them', () => {
    const d = dirtyDir();
    const db = join(tmp.make(), 'x.db');
    const r = runCli(['ingest', d, '--db', db]);
    expect(r.code).toBe(1); // the dangling .txt link is a failure
    expect(r.stderr).toContain(`${join(d, 'b-dangling.txt')}: dangling symbolic link`);
    expect(r.stderr).toMatch(/2 documents read, 2 new, 0 reprocessed, 0 unchanged, 1 failed/);
    expect(r.stderr).toContain('6 files skipped: 1 hidden, 1 dangling symbolic link, 3 unsupported extension (.csv, .md, .pdf), 1 symbolic link loop (--verbose lists them)');
    const v = runCli(['ingest', d, '--db', db, '--verbose']);
    expect(v.stderr).toContain(`  skipped ${join(d, 'c.csv')}: unsupported extension .csv`);
    expect(v.stderr).toContain(`  skipped ${join(d, '.DS_Store')}: hidden`);
  });

  it('a nonexistent input is a usage error before any database is created', () => {
    const d = tmp.make();
    const db = join(d, 'sub', 'never.db');
    const r = runCli(['ingest', join(d, 'nope'), 'corpus/', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no such file or directory: ${join(d, 'nope')}`);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(join(d, 'sub'))).toBe(false);
    expect(runCli(['extract', join(d, 'nope')]).code).toBe(2);
  });

  it('two JSONL lines with the same id and different texts: the later fails naming both lines; the same text twice is one document', async () => {
    const d = tmp.make();
    const f = join(d, 'dup.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({ id: 'x', text: STATEMENT }),
        JSON.stringify({ id: 'y', text: 'Another statement.' }),
        JSON.stringify({ id: 'x', text: 'A different text under the same id.' }),
        JSON.stringify({ id: 'y', text: 'Another statement.' }),
      ].join('\n'),
    );
    const results = await readAll([f]);
    expect(results.map((r) => (r.ok ? r.doc.externalId : `${r.file}: ${r.reason}`))).toEqual([
      'x',
      'y',
      `${f}:3: duplicate id "x": line 1 has the same id with a different text (lines 1 and 3)`,
      'y',
    ]);
    const db = join(d, 'd.db');
    const r = runCli(['ingest', f, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}:3: duplicate id "x"`);
    const shown = runCli(['show', 'x', '--db', db, '--format', 'json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: 'x' });
  });

  it('a file over the size limit is refused quickly, whatever its shape', async () => {
    const d = tmp.make();
    const f = join(d, 'big.txt');
    writeFileSync(f, Buffer.alloc(20 * 1024 * 1024 + 1, 'a'));
    const t0 = Date.now();
    const results: ReadResult[] = [];
    for await (const x of readInputs([f], { format: 'auto', maxBytes: 20 * 1024 * 1024 })) results.push(x);
    expect(results).toEqual([{ ok: false, file: f, reason: `file too large (${20 * 1024 * 1024 + 1} bytes > ${20 * 1024 * 1024})` }]);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
