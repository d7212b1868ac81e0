import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { listInputs, readInputs, type ReadOptions, type ReadResult } from '../../src/document/read.js';

let dir: string;
const opts = (extra: Partial<ReadOptions> = {}): ReadOptions => ({ format: 'auto', maxBytes: 1024 * 1024, ...extra });

async function all(inputs: string[], o = opts()): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, o)) out.push(r);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-read-'));
  mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'b', 'deep', 'z.txt'), 'Deep statement.');
  writeFileSync(join(dir, 'a.txt'), 'First statement.');
  writeFileSync(join(dir, 'b', 'c.txt'), 'Second statement.');
  writeFileSync(join(dir, 'notes.json'), '{"not": "a document"}');
  writeFileSync(join(dir, 'b', '.hidden.txt'), 'hidden');
  writeFileSync(join(dir, 'ru.txt'), iconv.encode('МОСКВА, 19 сентября. /ТАСС/. Заявление министерства', 'windows-1251'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  writeFileSync(
    join(dir, 'docs.jsonl'),
    [
      JSON.stringify({ id: 'a1', text: 'MOSCOW, September 19. /TASS/. The ministry said on Monday.', published: '2016-09-19', title: 'T', source: 'tass', url: 'http://x' }),
      '',
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'a2', text: '' }),
      JSON.stringify({ id: 'a3', text: 'ok', published: 'yesterday' }),
      JSON.stringify({ id: 4, text: 'Numeric id.' }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'page.html'), '<html><head><title>Statement</title></head><body><article><p>Moscow notes with satisfaction the continued cooperation on Syria, the ministry said.</p></article></body></html>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listInputs', () => {
  it('walks directories recursively in sorted order, skipping hidden and non-document files', () => {
    const paths = listInputs([dir]).map((e) => e.path.slice(dir.length + 1));
    expect(paths).toEqual(['a.txt', 'b/c.txt', 'b/deep/z.txt', 'binary.txt', 'blank.txt', 'docs.jsonl', 'empty.txt', 'page.html', 'ru.txt']);
  });

  it('reports a missing path', () => {
    expect(listInputs([join(dir, 'nope.txt')])).toEqual([{ path: join(dir, 'nope.txt'), error: 'no such file or directory' }]);
  });
});

describe('readInputs', () => {
  it('reads plain text and Windows-1251', async () => {
    const [a] = await all([join(dir, 'a.txt')]);
    expect(a).toMatchObject({ ok: true, doc: { text: 'First statement.', format: 'text' } });
    const [ru] = await all([join(dir, 'ru.txt')]);
    expect(ru?.ok && ru.doc.text.startsWith('МОСКВА, 19 сентября')).toBe(true);
  });

  it('names the file and the reason for bad inputs and goes on', async () => {
    const results = await all([join(dir, 'empty.txt'), join(dir, 'blank.txt'), join(dir, 'binary.txt'), join(dir, 'a.txt')]);
    expect(results.map((r) => (r.ok ? 'ok' : `${r.file.slice(dir.length + 1)}: ${r.reason}`))).toEqual([
      'empty.txt: empty file',
      'blank.txt: empty document (whitespace only)',
      expect.stringMatching(/^binary\.txt: binary content/),
      'ok',
    ]);
  });

  it('refuses documents over the size limit', async () => {
    const [r] = await all([join(dir, 'a.txt')], opts({ maxBytes: 5 }));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/too large/) });
  });

  it('reads JSONL line by line with its metadata; bad lines fail alone, with their line number', async () => {
    const results = await all([join(dir, 'docs.jsonl')]);
    const file = join(dir, 'docs.jsonl');
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({
      ok: true,
      doc: { externalId: 'a1', format: 'jsonl', file, hints: { published: { value: '2016-09-19', origin: 'metadata' }, title: { value: 'T' }, agency: { value: 'tass' }, url: { value: 'http://x' } } },
    });
    expect(results[1]).toMatchObject({ ok: false, file: `${file}:3`, reason: expect.stringMatching(/invalid JSON/) });
    expect(results[2]).toMatchObject({ ok: false, file: `${file}:4`, reason: 'empty document text' });
    expect(results[3]).toMatchObject({ ok: false, file: `${file}:5`, reason: expect.stringMatching(/published must be an ISO date/) });
    expect(results[4]).toMatchObject({ ok: true, doc: { externalId: '4' } });
  });

  it('lets --published override every document', async () => {
    const [r] = await all([join(dir, 'a.txt')], opts({ published: '2016-05-20' }));
    expect(r).toMatchObject({ ok: true, doc: { hints: { published: { value: '2016-05-20', origin: 'option' } } } });
  });

  it('reads HTML pages to their main text', async () => {
    const [r] = await all([join(dir, 'page.html')]);
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.doc.format).toBe('html');
      expect(r.doc.text).toContain('Moscow notes with satisfaction');
    }
  });

  it('reads stdin, sniffing JSONL', async () => {
    const stdin = async () => Buffer.from(`${JSON.stringify({ id: 's1', text: 'From stdin.' })}\n`);
    const results = await all(['-'], opts({ stdin }));
    expect(results).toMatchObject([{ ok: true, doc: { externalId: 's1', file: '-', text: 'From stdin.' } }]);
    const plain = await all(['-'], opts({ stdin: async () => Buffer.from('Plain text from stdin.') }));
    expect(plain).toMatchObject([{ ok: true, doc: { format: 'text', text: 'Plain text from stdin.' } }]);
  });
});

describe('gzip-compressed inputs', () => {
  let gz: string;
  const page = '<html><head><title>Statement</title></head><body><article><p>The ministry said the ceasefire holds in most of the country.</p></article></body></html>';
  beforeAll(() => {
    gz = mkdtempSync(join(tmpdir(), 'communique-gz-'));
    writeFileSync(join(gz, 'page.html.gz'), gzipSync(page));
    writeFileSync(join(gz, 'docs.jsonl.gz'), gzipSync([JSON.stringify({ id: 'g1', text: 'First record.' }), JSON.stringify({ id: 'g2', text: 'Second record.' })].join('\n')));
    writeFileSync(join(gz, 'plain.txt'), gzipSync('Compressed under a plain name.'));
    writeFileSync(join(gz, 'broken.txt.gz'), gzipSync('Some text that will be cut short.').subarray(0, 12));
    writeFileSync(join(gz, 'bomb.txt.gz'), gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x61)));
    // a stream cut inside its second record: the first is kept, the rest fails naming the cause
    const records = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `t${i}`, text: `Record ${i} ${'x'.repeat(i % 97)}.` })).join('\n');
    const whole = gzipSync(records);
    writeFileSync(join(gz, 'truncated.jsonl.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(gz, 'archive.tar.gz'), gzipSync('not a document'));
  });
  afterAll(() => rmSync(gz, { recursive: true, force: true }));

  it('lists .html.gz / .jsonl.gz / .txt.gz files and skips other .gz files', () => {
    const skipped: string[] = [];
    const paths = listInputs([gz], (s) => skipped.push(`${s.path.slice(gz.length + 1)}: ${s.reason} ${s.detail ?? ''}`.trim())).map((e) => e.path.slice(gz.length + 1));
    expect(paths).toEqual(['bomb.txt.gz', 'broken.txt.gz', 'docs.jsonl.gz', 'page.html.gz', 'plain.txt', 'truncated.jsonl.gz']);
    expect(skipped).toEqual(['archive.tar.gz: unsupported extension .gz']);
  });

  it('reads a compressed HTML page and a compressed JSONL file record by record', async () => {
    const [html] = await all([join(gz, 'page.html.gz')]);
    expect(html).toMatchObject({ ok: true, doc: { format: 'html' } });
    expect(html?.ok && html.doc.text).toContain('the ceasefire holds');
    const records = await all([join(gz, 'docs.jsonl.gz')]);
    expect(records).toMatchObject([
      { ok: true, doc: { externalId: 'g1', text: 'First record.' } },
      { ok: true, doc: { externalId: 'g2', text: 'Second record.' } },
    ]);
  });

  it('recognises gzip by its magic bytes whatever the name, and on stdin', async () => {
    const [r] = await all([join(gz, 'plain.txt')]);
    expect(r).toMatchObject({ ok: true, doc: { text: 'Compressed under a plain name.' } });
    const [s] = await all(['-'], opts({ stdin: async () => gzipSync('Compressed on stdin.') }));
    expect(s).toMatchObject({ ok: true, doc: { text: 'Compressed on stdin.' } });
  });

  it('fails a corrupt file, a file that decompresses past the size limit, and the rest of a cut stream, naming each', async () => {
    const [broken] = await all([join(gz, 'broken.txt.gz')]);
    expect(broken).toMatchObject({ ok: false, file: join(gz, 'broken.txt.gz'), reason: expect.stringMatching(/^corrupt gzip data/) });
    const [bomb] = await all([join(gz, 'bomb.txt.gz')]);
    expect(bomb).toMatchObject({ ok: false, file: join(gz, 'bomb.txt.gz'), reason: `decompressed size over the limit of ${1024 * 1024} bytes` });
    const cut = await all([join(gz, 'truncated.jsonl.gz')]);
    const last = cut[cut.length - 1];
    expect(cut.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(cut.length).toBeGreaterThan(100);
    expect(last).toMatchObject({ ok: false, file: join(gz, 'truncated.jsonl.gz'), reason: "corrupt gzip data (unexpected end of file)" });
  });
});
