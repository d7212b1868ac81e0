// End to end in a real browser: Debian's chromium driven by playwright-core (no browser download).
// Loads the search page, types a query, checks the results, opens a document and its highlights,
// checks the chart, runs axe-core on every page and saves screenshots. Skips only when chromium is
// absent and CI is not set; under CI it must run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildTestDb, openRead } from '../query/helpers.js';
import { createApp } from '../../src/web/app.js';
import { defaultRegistry } from '../../extractors/index.js';
import type { Store } from '../../src/store/store.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`test/web/browser.test.ts skipped: ${CHROMIUM} is not installed (apt-get install -y chromium); under CI=true it runs and fails`);
const suite = available || process.env.CI ? describe : describe.skip;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = mkdtempSync(join(tmpdir(), 'communique-shots-'));

let db: Awaited<ReturnType<typeof buildTestDb>>;
let store: Store;
let server: ReturnType<typeof serve>;
let base = '';
let browser: Browser;

suite('web view in chromium', () => {
  beforeAll(async () => {
    db = await buildTestDb();
    store = await openRead(db.path);
    await new Promise<void>((resolve) => {
      server = serve({ fetch: createApp(store, defaultRegistry).fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await store?.close();
    db?.cleanup();
  });

  const newPage = async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: false });
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`network: ${r.url()}`);
    });
    return { page, problems };
  };

  async function axe(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    const result = (await page.evaluate(async () => (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({ resultTypes: ['violations'] }))) as {
      violations: Array<{ id: string; impact: string; nodes: unknown[] }>;
    };
    return result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  }

  it('searches, shows highlighted results, opens a document with its highlights and item details', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/`);
    await page.fill('#q', 'ceasefire');
    await Promise.all([page.waitForURL(/q=ceasefire/), page.press('#q', 'Enter')]);
    const results = page.locator('#results > li');
    expect(await results.count()).toBeGreaterThan(3);
    expect((await page.locator('#results mark').first().textContent())?.toLowerCase()).toBe('ceasefire');
    await page.screenshot({ path: join(shots, 'claims.png'), fullPage: false });
    if (process.env.COMMUNIQUE_SCREENSHOT) await page.screenshot({ path: process.env.COMMUNIQUE_SCREENSHOT });

    await Promise.all([page.waitForURL(/\/documents\//), results.first().locator('a[href^="/documents/"]').first().click()]);
    expect(await page.locator('.doc-text .k-dates').count()).toBeGreaterThan(0);
    expect(await page.locator('.doc-text .k-claims').count()).toBeGreaterThan(0);
    await page.locator('.doc-text .k-dates').first().click();
    const details = await page.locator('#details-body').textContent();
    expect(details).toMatch(/"rule": "dates\./);
    expect(details).toMatch(/"start": \d+/);
    await page.screenshot({ path: join(shots, 'document.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows hostile text as text: no script runs, no attribute is injected', async () => {
    const { page, problems } = await newPage();
    const id = (await store.findDocuments('hostile-1'))[0] as string;
    await page.goto(`${base}/documents/${id}`);
    expect(await page.locator('#doc-text').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('[onmouseover]').count()).toBe(0);
    await page.goto(`${base}/claims?q=script`);
    expect(problems).toEqual([]);
  });

  it('draws the casualties timeline with Chart.js shipped by the server', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/casualties?outcome=killed`);
    await page.waitForSelector('#timeline[data-ready]');
    expect(Number(await page.getAttribute('#timeline', 'data-ready'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'casualties.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('passes axe-core on every page', async () => {
    const { page } = await newPage();
    const id = (await store.findDocuments('hostile-1'))[0] as string;
    const report: Record<string, string[]> = {};
    for (const url of ['/', '/claims?q=ceasefire', `/documents/${id}`, '/speakers', '/groups', '/conflicts?unplaced=1', '/casualties?outcome=killed', '/documents', '/claims?from=bad']) {
      await page.goto(`${base}${url}`);
      const v = await axe(page);
      if (v.length) report[url] = v;
    }
    expect(report).toEqual({});
  }, 120_000);
});
