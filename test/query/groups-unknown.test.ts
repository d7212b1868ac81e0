// `groups --unknown`: organisation-like names missing from the gazetteer, with counts and an example
// sentence, so a researcher can curate the gazetteer; never mixed into the named list.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/commands/ingest.js';
import { openStore } from '../../src/store/open.js';
import { defaultRegistry } from '../../extractors/index.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-unknown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('groups --unknown', () => {
  it('lists discovered names with counts and an example sentence, apart from the named groups', async () => {
    writeFileSync(
      join(dir, 'a.txt'),
      'Fighters of the Northern Falcons Brigade clashed with the Syrian army near Idlib on Monday. The Northern Falcons Brigade said it had lost two men.',
    );
    const db = join(dir, 'u.db');
    const w = await openStore(db, defaultRegistry, { mode: 'write' });
    await ingest([dir], { inputFormat: 'auto', maxBytes: 1 << 20, reprocess: false, workers: 0 }, w, defaultRegistry);
    await w.close();
    const r = await openStore(db, defaultRegistry, { mode: 'read' });
    const unknown = await r.groups({ unknown: true });
    const named = await r.groups({});
    await r.close();
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
