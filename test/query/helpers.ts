// A small database for the query and web tests: corpus/ and the FA-KES dev texts, ingested through
// the store, plus one hostile document (markup and quotes in its text) for the escaping tests.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/commands/ingest.js';
import { defaultRegistry } from '../../extractors/index.js';
import { loadGazetteer } from '../../extractors/groups/gazetteer.js';
import type { AliasEntry } from '../../src/query/types.js';
import type { Store } from '../../src/store/store.js';

export const HOSTILE_TEXT = `MOSCOW, March 3. /TASS/. Foreign Minister Sergei Lavrov said that "<script>alert(1)</script>" and " onmouseover=alert(2) x=" were seen in Aleppo, where 40 civilians were killed by Jabhat al-Nusra on March 2, 2016.\n`;

export const aliases: AliasEntry[] = loadGazetteer().entries.map((e) => ({ id: e.id, name: e.name, aliases: [...e.aliases] }));

export async function buildTestDb(): Promise<{ dir: string; path: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'communique-query-'));
  const extra = join(dir, 'extra');
  mkdirSync(extra);
  writeFileSync(join(extra, 'hostile.jsonl'), `${JSON.stringify({ id: 'hostile-1', text: HOSTILE_TEXT, published: '2016-03-03', title: '<b>Title</b> "quoted" & more' })}\n`);
  const path = join(dir, 'test.db');
  const store = await openStore(path, defaultRegistry, { mode: 'write' });
  try {
    await ingest(['corpus', 'fixtures/fakes-dev/texts', extra], { reprocess: false, inputFormat: 'auto', maxBytes: 1 << 24, quiet: true }, store, defaultRegistry);
  } finally {
    await store.close();
  }
  return { dir, path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const openRead = (path: string): Promise<Store> => openStore(path, defaultRegistry, { mode: 'read', aliases });
