// The extension story, proved: a toy extractor defined only here (one descriptor, no other file
// edited) appears in `extract` JSON, is stored by ingest, comes back from `show`, and is scored by eval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import Database from 'better-sqlite3';
import type { Extractor } from '../src/extractor.js';
import type { Mention } from '../src/types.js';
import { buildRegistry, RegistryError } from '../src/registry.js';
import { extract } from '../src/commands/extract.js';
import { ingest } from '../src/commands/ingest.js';
import { show } from '../src/commands/show.js';
import { runEvaluation } from '../src/commands/eval.js';
import { openStore } from '../src/store/open.js';
import { extractors } from '../extractors/index.js';
import { mentionShape } from '../src/item-schema.js';

interface Acronym extends Mention {
  letters: number;
}

/** Toy extractor: all-capital words of 3+ letters ("TASS", "ISSG"). */
const acronyms: Extractor<'acronyms', Acronym> = {
  name: 'acronyms',
  version: '0.0.1',
  needs: ['groups'],
  extract: (doc) => {
    const out: Acronym[] = [];
    for (const m of doc.text.matchAll(/\b[A-Z]{3,}\b/g)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule: 'acronyms.caps', letters: m[0].length });
    return out;
  },
  item: z.object({ ...mentionShape, letters: z.number().int() }) as unknown as z.ZodType<Acronym>,
  gold: {
    schema: z.object({ start: z.number(), end: z.number(), text: z.string() }).strict(),
    modes: ['strict'],
    fields: [{ metric: 'letters', agrees: (p, g) => p.letters === g.text.length }],
    describe: (p) => `got ${p.text}`,
  },
  render: { row: (a) => `  ${a.start} ${a.text}` },
  storage: { table: 'probe_acronyms', columns: [{ name: 'letters', type: 'INTEGER', index: true, value: (a) => a.letters }] },
};

const registry = buildRegistry([...extractors, acronyms]);
const text = 'MOSCOW, September 19. /TASS/. The ISSG met in Geneva, the Russian Foreign Ministry said on Monday.';
const flags = { inputFormat: 'auto' as const, maxBytes: 1 << 20, reprocess: false };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-probe-'));
  mkdirSync(join(dir, 'texts'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'texts', 'one.txt'), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an extractor added by one descriptor', () => {
  it('appears in extract JSON after the built-in extractors', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c) => chunks.push(String(c)));
    await extract([join(dir, 'texts', 'one.txt')], { ...flags, format: 'jsonl', withText: false }, registry, out);
    const record = JSON.parse(chunks.join(''));
    expect(Object.keys(record).slice(-5)).toEqual(['dates', 'groups', 'casualties', 'claims', 'acronyms']);
    expect(record.acronyms.map((a: Acronym) => a.text)).toEqual(['MOSCOW', 'TASS', 'ISSG']);
  });

  it('is stored by ingest in its own generated table and comes back from show', async () => {
    const db = join(dir, 'probe.db');
    const store = await openStore(db, registry, { mode: 'write' });
    const summary = await ingest([join(dir, 'texts')], flags, store, registry);
    await store.close();
    expect(summary.documents_new).toBe(1);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT text, letters FROM probe_acronyms ORDER BY idx').all()).toEqual([
      { text: 'MOSCOW', letters: 6 },
      { text: 'TASS', letters: 4 },
      { text: 'ISSG', letters: 4 },
    ]);
    raw.close();
    const reader = await openStore(db, registry, { mode: 'read' });
    const shown = JSON.parse(await show(join(dir, 'texts', 'one.txt'), { format: 'json', withText: false }, reader, registry));
    expect(shown.acronyms).toHaveLength(3);
    expect(await show(join(dir, 'texts', 'one.txt'), { format: 'table', withText: false }, reader, registry)).toMatch(/acronyms \(3\)\n {2}0 MOSCOW\n {2}23 TASS/);
    await reader.close();
  });

  it('is scored by eval against gold that has its key', () => {
    writeFileSync(join(dir, 'gold', 'one.json'), JSON.stringify({ document: 'one.txt', published: '2016-09-19', acronyms: [{ start: 23, end: 27, text: 'TASS' }, { start: 34, end: 38, text: 'ISSG' }] }));
    const report = runEvaluation([{ name: '', texts: join(dir, 'texts'), gold: join(dir, 'gold') }], registry);
    expect(report.metrics['acronyms.span.strict']).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.metrics['acronyms.letters']).toMatchObject({ tp: 2 });
    // extractors whose key the gold file lacks are not scored for it
    expect(report.metrics['claims.span.strict']).toBeUndefined();
    expect(report.rules['acronyms.caps']).toMatchObject({ correct: 2, incorrect: 1 });
  });
});

describe('registry', () => {
  it('checks the order of needs once, when it is built', () => {
    expect(() => buildRegistry([acronyms, ...extractors])).toThrow(RegistryError);
    expect(() => buildRegistry([acronyms, ...extractors])).toThrow(/"acronyms" needs "groups", which must come earlier/);
  });

  it('refuses two extractors with one name or one table', () => {
    expect(() => buildRegistry([...extractors, acronyms, acronyms])).toThrow(/registered twice/);
    expect(() => buildRegistry([...extractors, { ...acronyms, name: 'other', storage: { ...acronyms.storage, table: 'claims' } }])).toThrow(/table "claims"/);
  });

  it('names the version of every extractor', () => {
    expect(registry.version).toMatch(/^dates@[^,]+,groups@[^,]+,casualties@[^,]+,claims@[^,]+,acronyms@0\.0\.1$/);
  });
});
