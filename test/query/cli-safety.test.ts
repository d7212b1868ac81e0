// The query commands from the outside: read-only (the file is byte-identical after hostile input),
// usage errors instead of crashes, every format, EPIPE into `head`, exports that read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestDb, openRead } from './helpers.js';
import { parseBrat } from '../../src/output/export/brat.js';
import { claimJsonLd } from '../../src/query/claimreview.js';
import { QueryError } from '../../src/query/types.js';
import vocabulary from '../../fixtures/schemaorg/vocabulary.json' with { type: 'json' };

let db: Awaited<ReturnType<typeof buildTestDb>>;
beforeAll(async () => {
  db = await buildTestDb();
});
afterAll(() => db.cleanup());

const run = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/communique.js', ...args, '--db', db.path], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

const HOSTILE = [`'); DROP TABLE claims; --`, `" OR 1=1 --`, 'NEAR(a b', 'a AND', '*', '"', '^x', 'x\u0000y', 'x'.repeat(100_000), '%', '_', "Robert'); DROP TABLE documents;--"];

describe('query commands', () => {
  it('never change the database, whatever the input', async () => {
    const before = hash(db.path);
    const store = await openRead(db.path);
    for (const h of HOSTILE) {
      const calls: Array<() => Promise<unknown>> = [
        () => store.claims({ search: h }), () => store.claims({ speaker: h }), () => store.claims({ group: h }), () => store.claims({ source: h, kind: h }),
        () => store.claims({ document: [h] }), () => store.casualties({ place: h, speaker: h }), () => store.casualties({ category: h, outcome: h }),
        () => store.documents({ search: h }), () => store.groups({ group: h }), () => store.speakers({ speaker: h }), () => store.conflicts({ place: h }),
      ];
      for (const call of calls) {
        try {
          await call();
        } catch (err) {
          expect(err, String(err)).toBeInstanceOf(QueryError);
        }
      }
    }
    await store.close();
    // and through the CLI: usage errors (exit 2) or results (exit 0), never a stack trace
    for (const h of HOSTILE.slice(0, 4)) {
      for (const args of [['claims', '--search', h], ['casualties', '--place', h]]) {
        const r = run(args);
        expect([0, 2], r.stderr).toContain(r.status);
        expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      }
    }
    expect(hash(db.path)).toBe(before);
    expect(existsSync(`${db.path}-wal`) ? readFileSync(`${db.path}-wal`).length : 0).toBe(0);
  }, 120_000);

  it('reports a bad full-text query as a usage error', () => {
    const r = run(['claims', '--search', '"unbalanced']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a valid full-text query/);
  });

  it('prints table, json, jsonl and RFC 4180 csv', () => {
    const t = run(['claims', '--speaker', 'Lavrov', '--limit', '3']);
    expect(t.status).toBe(0);
    expect(t.stdout.split('\n')[0]).toMatch(/^date\s+speaker\s+sentence/);
    expect(t.stdout.split('\n').every((l) => l.length <= 160)).toBe(true);
    const j = JSON.parse(run(['claims', '--speaker', 'Lavrov', '--format', 'json', '--limit', '3']).stdout);
    expect(j.rows).toHaveLength(3);
    expect(j.total).toBeGreaterThan(3);
    const lines = run(['casualties', '--format', 'jsonl', '--limit', '4']).stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).document.id)).toHaveLength(4);
    const csv = run(['claims', '--format', 'csv', '--limit', '5']).stdout;
    expect(csv.split('\r\n')[0]).toBe('date,speaker,speaker_id,cue,kind,sentence,content,match,groups,figures,document,title,published,source,start,end,rule');
    expect(csv).toMatch(/""/); // quotes inside fields doubled
  });

  it('ends quietly when the reader stops early', () => {
    const r = spawnSync('bash', ['-c', `node bin/communique.js claims --db ${db.path} --limit 5000 --format jsonl | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });

  it('shows several documents with their extractions marked', () => {
    const ids = (JSON.parse(run(['documents', '--format', 'json', '--limit', '2']).stdout).rows as Array<{ id: string }>).map((r) => r.id);
    const r = run(['show', ...ids]);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^document [0-9a-f]{16}/gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/\|dates\]/);
  });
});

describe('claimreview', () => {
  type Vocab = { types: Record<string, string[]>; properties: Record<string, { domain: string[]; range: string[] }> };
  const vocab = vocabulary as unknown as Vocab;
  const ancestors = (t: string): string[] => [t, ...(vocab.types[t] ?? []).flatMap(ancestors)];
  const DATA = new Set(['Text', 'URL', 'Date', 'DateTime', 'Number', 'Boolean', 'Integer']);

  /** Every property is defined by schema.org for the node's type (or a supertype) and every nested type is a known one. */
  function check(node: Record<string, unknown>, path: string): string[] {
    const type = node['@type'] as string;
    if (!vocab.types[type]) return [`${path}: unknown type ${type}`];
    const errors: string[] = [];
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@')) continue;
      const p = vocab.properties[k];
      if (!p) errors.push(`${path}.${k}: not a schema.org property of these types`);
      else if (!p.domain.some((d) => ancestors(type).includes(d))) errors.push(`${path}.${k}: not a property of ${type}`);
      for (const x of Array.isArray(v) ? v : [v]) {
        if (x && typeof x === 'object') {
          const t = (x as Record<string, unknown>)['@type'] as string;
          if (p && !p.range.some((r) => ancestors(t).includes(r))) errors.push(`${path}.${k}: ${t} is not in its range`);
          errors.push(...check(x as Record<string, unknown>, `${path}.${k}`));
        } else if (p && !p.range.some((r) => DATA.has(r) || r === 'Text')) errors.push(`${path}.${k}: a literal where ${p.range.join('/')} is expected`);
      }
    }
    return errors;
  }

  it('writes schema.org Claim nodes the vocabulary validates', async () => {
    const store = await openRead(db.path);
    const page = await store.claims({ group: 'Nusra', limit: 20 });
    await store.close();
    expect(page.rows.length).toBeGreaterThan(0);
    for (const row of page.rows) {
      const node = claimJsonLd(row);
      expect(node['@type']).toBe('Claim');
      expect(check(node, 'Claim')).toEqual([]);
      expect(node.about).toEqual(expect.arrayContaining([expect.objectContaining({ identifier: 'jabhat-al-nusra' })]));
    }
    const cli = JSON.parse(run(['claims', '--group', 'Nusra', '--format', 'claimreview', '--limit', '3']).stdout);
    expect(cli['@graph']).toHaveLength(3);
  });
});

describe('export', () => {
  it('brat standoff reads back: every annotation slices its text, claims keep speaker and cue relations', async () => {
    const out = join(db.dir, 'brat');
    const r = run(['export', '--format', 'brat', '--out', out]);
    expect(r.status).toBe(0);
    const store = await openRead(db.path);
    let docs = 0;
    let relations = 0;
    for await (const s of store.exportDocuments()) {
      docs++;
      const txt = readFileSync(join(out, `${s.doc.id}.txt`), 'utf8');
      expect(txt).toBe(s.doc.text);
      const cps = [...txt];
      const ann = parseBrat(readFileSync(join(out, `${s.doc.id}.ann`), 'utf8'));
      for (const a of ann.spans) expect(a.fragments.map(([x, y]) => cps.slice(x, y).join('')).join(' ')).toBe(a.text);
      for (const name of ['dates', 'groups', 'casualties', 'claims']) expect(ann.spans.filter((a) => a.type === name)).toHaveLength(s.extractions[name]?.length ?? 0);
      const speakers = (s.extractions.claims ?? []).filter((c) => (c as { speaker?: unknown }).speaker).length;
      expect(ann.relations.filter((x) => x.type === 'speaker')).toHaveLength(speakers);
      relations += ann.relations.length;
    }
    await store.close();
    expect(readdirSync(out).filter((f) => f.endsWith('.ann'))).toHaveLength(docs);
    expect(relations).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'annotation.conf'), 'utf8')).toMatch(/speaker\tArg1:claims, Arg2:claims-speaker/);
  });

  it('TimeML inlines TIMEX3 into the exact stored text; jsonl is the contract', async () => {
    const out = join(db.dir, 'tml');
    expect(run(['export', '--format', 'timeml', '--out', out]).status).toBe(0);
    const store = await openRead(db.path);
    for await (const s of store.exportDocuments()) {
      const xml = readFileSync(join(out, `${s.doc.id}.tml`), 'utf8');
      const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
      const plain = body.replace(/<\/?TIMEX3[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      expect(plain).toBe(s.doc.text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' '));
      expect((body.match(/<TIMEX3 /g) ?? []).length).toBe((body.match(/<\/TIMEX3>/g) ?? []).length);
    }
    await store.close();
    const jsonl = join(db.dir, 'jsonl');
    expect(run(['export', '--format', 'jsonl', '--out', jsonl, '--document', 'hostile-1']).status).toBe(0);
    const lines = readFileSync(join(jsonl, 'documents.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string).document.text).toMatch(/<script>/);
  });
});
