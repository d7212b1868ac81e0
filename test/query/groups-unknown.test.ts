// `groups --unknown`: organisation-like names missing from the gazetteer, with counts and an example
// sentence, so a researcher can curate the gazetteer; never mixed into the named list.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInto, withStore } from '../helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-unknown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('groups --unknown', () => {
  it('lists discovered names with counts and an example sentence, apart from the named groups', async () => {
    writeFileSync(
      join(dir, 'a.txt'),
      'Fighters of the Northern Falcons Brigade clashed with the Syrian army near Idlib on Monday. The Northern Falcons Brigade said it had lost two men.',
    );
    const db = join(dir, 'u.db');
    await ingestInto(db, [dir], { workers: 0 });
    const [unknown, named] = await withStore(db, 'read', async (r) => [await r.groups({ unknown: true }), await r.groups({})]);
    expect(unknown.rows).toEqual([
      expect.objectContaining({
        id: 'discovered:northern-falcons-brigade',
        mentions: 2,
        example: expect.objectContaining({ sentence: expect.stringMatching(/^Fighters of the Northern Falcons Brigade clashed/) }),
      }),
    ]);
    expect(named.rows.map((g) => g.id)).toContain('syrian-army');
    expect(named.rows.some((g) => g.id.startsWith('discovered:'))).toBe(false);
  });
});
