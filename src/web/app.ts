// The web view: a hono application over the store's query functions (read-only). Every page is a
// GET with its filters in the query string; /api/* returns the same JSON as the CLI's --format json.
// Bad parameters are a 400 page with the reason, an unknown id a 404, anything else a 500 without
// internals.
import { Hono, type Context } from 'hono';
import type { Store } from '../store/store.js';
import type { Registry } from '../registry.js';
import { QueryError } from '../query/types.js';
import { jsonPage } from '../output/rows.js';
import { APP_JS, chartJs, STYLE } from './assets.js';
import { errorPage } from './layout.js';
import { casualtiesPage, casualtyFilterOf, claimFilterOf, claimsPage, conflictFilterOf, conflictsPage, documentPage, documentsPage, groupsPage, speakersPage } from './pages.js';
import { compact, int, text } from './params.js';

const SECURITY = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function createApp(store: Store, registry: Registry): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY)) c.header(k, v);
  });
  const params = (c: Context) => new URL(c.req.url).searchParams;
  const asset = (body: () => string, type: string) => (c: Context) => c.body(body(), 200, { 'Content-Type': type, 'Cache-Control': 'max-age=3600' });

  app.get('/assets/style.css', asset(() => STYLE, 'text/css; charset=utf-8'));
  app.get('/assets/app.js', asset(() => APP_JS, 'text/javascript; charset=utf-8'));
  app.get('/assets/chart.umd.min.js', asset(chartJs, 'text/javascript; charset=utf-8'));

  app.get('/', async (c) => c.html(await claimsPage(store, params(c))));
  app.get('/claims', async (c) => c.html(await claimsPage(store, params(c))));
  app.get('/speakers', async (c) => c.html(await speakersPage(store, params(c))));
  app.get('/groups', async (c) => c.html(await groupsPage(store, params(c))));
  app.get('/documents', async (c) => c.html(await documentsPage(store, params(c))));
  app.get('/conflicts', async (c) => c.html(await conflictsPage(store, params(c))));
  app.get('/casualties', async (c) => c.html(await casualtiesPage(store, params(c))));
  app.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const body = /^[0-9a-f]{4,16}$/.test(id) ? await documentPage(store, registry, id) : undefined;
    return body ? c.html(body) : c.html(errorPage(404, `no document ${id}`), 404);
  });

  const list = (p: URLSearchParams) => compact({ limit: int(p, 'limit', 50, 1000), offset: int(p, 'offset', 0, 1e7) });
  app.get('/api/claims', async (c) => c.json(jsonPage(await store.claims(claimFilterOf(params(c))))));
  app.get('/api/casualties', async (c) => c.json(jsonPage(await store.casualties(casualtyFilterOf(params(c))))));
  app.get('/api/conflicts', async (c) => c.json(jsonPage(await store.conflicts(conflictFilterOf(params(c))))));
  app.get('/api/speakers', async (c) => c.json(jsonPage(await store.speakers(compact({ ...list(params(c)), speaker: text(params(c), 'speaker') })))));
  app.get('/api/groups', async (c) => c.json(jsonPage(await store.groups(compact({ ...list(params(c)), group: text(params(c), 'group') })))));
  app.get('/api/documents', async (c) => c.json(jsonPage(await store.documents(compact({ ...list(params(c)), search: text(params(c), 'q') })))));

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.html(errorPage(404, `no page ${c.req.path}`), 404)));
  app.onError((err, c) => {
    const status = err instanceof QueryError ? 400 : 500;
    const reason = err instanceof QueryError ? err.message : 'internal error (see the server log)';
    if (status === 500) process.stderr.write(`communique serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
    return c.req.path.startsWith('/api/') ? c.json({ error: reason }, status) : c.html(errorPage(status, reason), status);
  });
  return app;
}
