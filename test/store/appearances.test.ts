// Every input occurrence of a document is kept: the same statement from a .txt and a JSONL line, or at
// two URLs, keeps each id, file, URL and title; re-runs add nothing; reprocessing keeps them.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { ingestInto } from '../helpers/store.js';
import { show } from '../../src/commands/show.js';
import { defaultRegistry } from '../../extractors/index.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'communique-app-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

const TEXT = 'MOSCOW, May 20. /TASS/. About 13,000 civilians were killed in Aleppo, the Russian Defense Ministry said on Friday.';

function appearances(path: string) {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT document_id, external_id, file, url, title, published, run_id, last_run_id FROM appearances ORDER BY id').all();
  db.close();
  return rows as Array<Record<string, unknown>>;
}

describe('appearances', () => {
  it('a JSONL line whose text is already stored keeps its id, title, source and URL; show finds it by the JSONL id', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), TEXT);
    writeFileSync(
      join(d, 'two.jsonl'),
      [
        JSON.stringify({ id: 'tass-1', text: TEXT, title: 'Toll', source: 'tass', url: 'https://tass.com/1', published: '2016-05-20' }),
        JSON.stringify({ id: 'mirror-9', text: TEXT, url: 'https://mirror.example/9' }),
      ].join('\n'),
    );
    const db = join(d, 'a.db');
    expect(await ingestInto(db, [join(d, 'a.txt')])).toMatchObject({ documents_new: 1 });
    expect(await ingestInto(db, [join(d, 'two.jsonl')])).toMatchObject({ documents_new: 0, documents_unchanged: 2, failures: 0 });
    const rows = appearances(db);
    expect(rows.map((r) => [r.external_id, r.file, r.url, r.title, r.run_id])).toEqual([
      [null, join(d, 'a.txt'), null, null, 1],
      ['tass-1', join(d, 'two.jsonl'), 'https://tass.com/1', 'Toll', 2],
      ['mirror-9', join(d, 'two.jsonl'), 'https://mirror.example/9', null, 2],
    ]);
    expect(new Set(rows.map((r) => r.document_id)).size).toBe(1);

    const store = await openStore(db, defaultRegistry, { mode: 'read' });
    for (const ref of ['tass-1', 'mirror-9', join(d, 'two.jsonl'), join(d, 'a.txt')]) {
      expect(await store.findDocuments(ref)).toEqual([rows[0]?.document_id]);
    }
    expect(await show('tass-1', { format: 'json', withText: false }, store, defaultRegistry)).toContain('13,000 civilians');
    await store.close();

    // running the same inputs again (or resuming) adds no appearance, it only moves last_run_id
    await ingestInto(db, [join(d, 'a.txt'), join(d, 'two.jsonl')]);
    const again = appearances(db);
    expect(again.map((r) => [r.external_id, r.run_id, r.last_run_id])).toEqual([
      [null, 1, 3],
      ['tass-1', 2, 3],
      ['mirror-9', 2, 3],
    ]);
  });

  it('reprocessing a document keeps its appearances', async () => {
    const d = tmp();
    writeFileSync(join(d, 'one.jsonl'), JSON.stringify({ id: 'j1', text: TEXT, url: 'https://tass.com/x' }));
    writeFileSync(join(d, 'copy.txt'), TEXT);
    const db = join(d, 'r.db');
    await ingestInto(db, [join(d, 'one.jsonl'), join(d, 'copy.txt')]);
    const raw = new Database(db);
    raw.prepare("UPDATE documents SET extractor_version = 'old'").run();
    raw.close();
    expect(await ingestInto(db, [join(d, 'copy.txt')], { reprocess: true })).toMatchObject({ documents_reprocessed: 1 });
    expect(appearances(db).map((r) => r.external_id ?? r.file)).toEqual(['j1', join(d, 'copy.txt')]);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('foreign_key_check')).toEqual([]);
    check.close();
  });
});
