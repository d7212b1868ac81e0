// English-only extractors do not run on documents in another language; the ingest summary counts them.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIngestSummary } from '../src/commands/ingest.js';
import { ingestInto, withStore } from './helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'communique-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('documents in other languages', () => {
  it('are stored without English extractions and counted in the summary', async () => {
    writeFileSync(
      join(dir, 'de.txt'),
      'Das Verteidigungsministerium in Moskau teilte am Montag mit, dass die Waffenruhe in Syrien eingehalten werde. ' +
        'Nach Angaben der Beobachter wurden bei den Kämpfen in der Nacht mehr als zwanzig Menschen getötet, sagte ein Sprecher. ' +
        'Die Vereinten Nationen forderten alle Seiten auf, die Zivilisten zu schützen und humanitäre Hilfe zuzulassen.',
    );
    writeFileSync(join(dir, 'en.txt'), 'The Russian Defense Ministry said on Monday that the ceasefire in Syria was holding, and that 20 civilians were killed.');
    const db = join(dir, 'l.db');
    const summary = await ingestInto(db, [dir], { workers: 0 });
    expect(summary.documents_new).toBe(2);
    expect(summary.otherLanguages).toEqual({ de: 1 });
    expect(formatIngestSummary(summary)).toMatch(/1 document in other languages \(de 1\): stored, English-only extractors skipped/);
    const stored = await withStore(db, 'read', async (reader) => reader.loadDocument((await reader.findDocuments(join(dir, 'de.txt')))[0] as string));
    expect(stored?.doc.meta.language?.value).toBe('de');
    expect(stored?.extractions.claims).toEqual([]);
  });
});
