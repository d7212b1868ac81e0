// The web application without a browser: escaping of every value from the database, 400/404 pages
// without internals, the API returning the CLI's --format json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildTestDb, openRead } from '../query/helpers.js';
import { createApp } from '../../src/web/app.js';
import { defaultRegistry } from '../../extractors/index.js';
import type { Store } from '../../src/store/store.js';

let db: Awaited<ReturnType<typeof buildTestDb>>;
let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  db = await buildTestDb();
  store = await openRead(db.path);
  app = createApp(store, defaultRegistry);
});
afterAll(async () => {
  await store.close();
  db.cleanup();
});

const get = async (url: string) => {
  const r = await app.request(url);
  return { status: r.status, body: await r.text(), type: r.headers.get('content-type') ?? '', csp: r.headers.get('content-security-policy') };
};

describe('web app', () => {
  it('serves every page with a strict content security policy', async () => {
    for (const url of ['/', '/claims?q=ceasefire', '/speakers', '/groups', '/conflicts?unplaced=1', '/casualties?outcome=killed', '/documents', '/assets/chart.umd.min.js']) {
      const r = await get(url);
      expect(r.status, url).toBe(200);
      expect(r.csp).toMatch(/script-src 'self'/);
    }
  });

  it('escapes markup and attribute breakers from the database', async () => {
    const id = (await store.findDocuments('hostile-1'))[0] as string;
    const page = await get(`/documents/${id}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // outside the item data (JSON in a script element, where a quote is inert) no attribute breaker survives
    const markup = page.body.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/" onmouseover=alert/);
    expect(markup).toContain('&quot; onmouseover=alert(2)');
    expect(page.body).toContain('&lt;b&gt;Title&lt;/b&gt;');
    for (const url of ['/claims?q=script', `/claims?speaker=${encodeURIComponent('"><script>alert(3)</script>')}`, '/casualties?place=Aleppo']) {
      const r = await get(url);
      expect(r.body, url).not.toMatch(/<script>alert/);
    }
  });

  it('answers bad parameters with 400 and the reason, unknown ids with 404, never a stack trace', async () => {
    for (const url of ['/claims?from=yesterday', '/claims?limit=-3', '/claims?q=%22open', '/claims?kind=rumour', '/api/claims?from=x']) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.body).not.toMatch(/at .*\.js:\d+|SqliteError/);
    }
    expect((await get('/documents/0000000000000000')).status).toBe(404);
    expect((await get('/documents/../../etc/passwd')).status).toBe(404);
    expect((await get('/no-such-page')).status).toBe(404);
  });

  it('returns from /api the same JSON as the CLI --format json', async () => {
    const api = JSON.parse((await get('/api/claims?speaker=Lavrov&limit=5')).body);
    const cli = spawnSync(process.execPath, ['bin/communique.js', 'claims', '--speaker', 'Lavrov', '--limit', '5', '--format', 'json', '--db', db.path], { encoding: 'utf8' });
    expect(api).toEqual(JSON.parse(cli.stdout));
    const groups = JSON.parse((await get('/api/groups?limit=3')).body);
    expect(groups.rows).toHaveLength(3);
  });
});
