// The query layer through the store interface, on a database ingested from corpus/ and the FA-KES
// dev texts: filters combine, every row carries its document and marked sentence, speakers fold
// transliterations, groups resolve aliases, search covers claim content and document text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestDb, openRead } from './helpers.js';
import type { Store } from '../../src/store/store.js';
import { QueryError } from '../../src/query/types.js';
import { nameKey, nameScore } from '../../src/query/names.js';

let db: Awaited<ReturnType<typeof buildTestDb>>;
let store: Store;
beforeAll(async () => {
  db = await buildTestDb();
  store = await openRead(db.path);
});
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('names', () => {
  it('folds transliterations to one key and matches aliases and near spellings', () => {
    expect(nameKey('Sergei Lavrov')).toBe(nameKey('Sergey Lavrov'));
    expect(nameKey('Sergej  Lavrov')).toBe(nameKey('sergey lavrov'));
    expect(nameScore('Russian Defence Ministry', ['Russian Defense Ministry'])).toBe(3);
    expect(nameScore('Lavrov', ['Sergey Lavrov'])).toBe(2);
    expect(nameScore('Lavrof', ['Sergey Lavrov'])).toBeGreaterThan(0);
    expect(nameScore('Shoigu', ['Sergey Lavrov'])).toBe(0);
  });
});

describe('claims', () => {
  it('finds a speaker by any spelling, with document, date and the sentence marked', async () => {
    const a = await store.claims({ speaker: 'Sergei Lavrov', limit: 500 });
    const b = await store.claims({ speaker: 'Sergey Lavrov', limit: 500 });
    const c = await store.claims({ speaker: 'lavrov', limit: 500 });
    expect(a.total).toBeGreaterThan(5);
    expect(b.total).toBe(a.total);
    expect(c.total).toBe(a.total);
    for (const r of a.rows) {
      expect(r.speaker?.name).toMatch(/Lavrov/);
      expect(r.document.id).toMatch(/^[0-9a-f]{16}$/);
      expect(r.sentence.text.slice(r.sentence.mark.start, r.sentence.mark.end)).toBe(r.text);
    }
  });

  it('combines filters: group alias, dates, kind, figures, paging', async () => {
    const nusra = await store.claims({ group: 'Nusra Front', limit: 100 });
    expect(nusra.total).toBeGreaterThan(0);
    expect(nusra.rows.every((r) => r.groups.some((g) => g.id === 'jabhat-al-nusra'))).toBe(true);
    expect((await store.claims({ group: 'jabhat-al-nusra' })).total).toBe(nusra.total);
    const may = await store.claims({ from: '2016-05', to: '2016-05-31', limit: 500 });
    expect(may.rows.every((r) => r.date !== null && r.date >= '2016-05-01' && r.date <= '2016-05-31')).toBe(true);
    const figures = await store.claims({ withFigures: true, limit: 500 });
    expect(figures.total).toBeGreaterThan(0);
    expect(figures.rows.every((r) => r.figures.length > 0)).toBe(true);
    const page1 = await store.claims({ limit: 5, offset: 0, sort: 'document' });
    const page2 = await store.claims({ limit: 5, offset: 5, sort: 'document' });
    expect(page1.rows.map((r) => r.key)).not.toEqual(page2.rows.map((r) => r.key));
    expect(page1.total).toBe(page2.total);
    const combined = await store.claims({ speaker: 'Lavrov', group: 'Nusra', from: '2016-05-03', to: '2016-05-03' });
    expect(combined.total).toBeGreaterThan(0);
    expect(combined.total).toBeLessThanOrEqual(nusra.total);
  });

  it('searches claim content and document text, ranked, matches highlighted', async () => {
    const r = await store.claims({ search: 'ceasefire', limit: 200 });
    expect(r.total).toBeGreaterThan(0);
    const inClaim = r.rows.filter((x) => x.match?.in === 'claim');
    expect(inClaim.length).toBeGreaterThan(0);
    expect(r.rows[0]?.match?.in).toBe('claim'); // content matches rank first
    for (const x of inClaim) expect(x.match?.highlighted).toMatch(/\u0002ceasefire\u0003/i);
    // a word outside every claim still finds the claims of the documents that contain it
    const docs = await store.documents({ search: 'hotline' });
    expect(docs.total).toBeGreaterThan(0);
  });

  it('reports FTS syntax errors and bad values as query errors', async () => {
    await expect(store.claims({ search: '"unbalanced' })).rejects.toThrow(QueryError);
    await expect(store.claims({ search: 'nosuchcolumn:word' })).rejects.toThrow(QueryError);
    await expect(store.claims({ from: 'yesterday' })).rejects.toThrow(QueryError);
    await expect(store.claims({ sort: 'rank' })).rejects.toThrow(QueryError);
    await expect(store.claims({ limit: -1 })).rejects.toThrow(QueryError);
    await expect(store.claims({ document: ['nosuchdocument'] })).rejects.toThrow(QueryError);
  });
});

describe('casualties, conflicts, groups, speakers, documents', () => {
  it('casualties filter by outcome, place, size and carry their sentence', async () => {
    const r = await store.casualties({ outcome: 'killed', place: 'Aleppo', limit: 100 });
    expect(r.total).toBeGreaterThan(0);
    for (const x of r.rows) {
      expect(x.outcome).toBe('killed');
      expect(`${x.place?.name ?? ''} ${x.sentence.text}`).toMatch(/aleppo/i);
      expect(x.sentence.text.slice(x.sentence.mark.start, x.sentence.mark.end)).toBe(x.text);
    }
    const big = await store.casualties({ min: 1000, limit: 100 });
    expect(big.rows.every((x) => x.high >= 1000)).toBe(true);
  });

  it('conflicts list disagreeing figures side by side, never merged', async () => {
    const r = await store.conflicts({ unplaced: true, limit: 50 });
    expect(r.total).toBeGreaterThan(0);
    for (const c of r.rows) {
      expect(c.figures.length).toBeGreaterThan(1);
      expect(new Set(c.figures.map((f) => `${f.outcome}/${f.category}`)).size).toBe(1);
      const lows = Math.max(...c.figures.map((f) => f.low));
      const highs = Math.min(...c.figures.map((f) => f.high));
      expect(lows).toBeGreaterThan(highs);
    }
  });

  it('groups count mentions with the spellings seen; speakers with aliases', async () => {
    const g = await store.groups({ group: 'al-Nusra Front' });
    expect(g.rows).toHaveLength(1);
    expect(g.rows[0]?.id).toBe('jabhat-al-nusra');
    expect(g.rows[0]?.spellings.length).toBeGreaterThan(1);
    const s = await store.speakers({ speaker: 'Sergei Lavrov' });
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]?.aliases).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Sergei Lavrov']));
    const docs = await store.documents({ speaker: 'Lavrov' });
    expect(docs.total).toBeGreaterThan(0);
    expect(docs.rows[0]?.counts.claims).toBeGreaterThan(0);
  });
});
