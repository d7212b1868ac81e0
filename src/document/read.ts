// Inputs → RawDocuments: files (text, HTML, JSONL by extension or by sniffing), directories
// (recursive, sorted), and "-" for stdin. Every bad input becomes a failure naming the file and the
// reason; the caller reports it and goes on with the batch.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { RawDocument, MetadataHints } from './raw.js';
import { decodeBytes, InputError } from './decode.js';
import { readHtml } from './html/index.js';
import type { SourceKind } from '../types.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface ReadOptions {
  format: InputFormat;
  /** Largest document accepted, in bytes (text) or characters (JSONL `text`). */
  maxBytes: number;
  /** Overrides every document's publication date (--published). */
  published?: string;
  /** Reads standard input; injectable for tests. */
  stdin?: () => Promise<Buffer>;
}

export type ReadResult = { ok: true; doc: RawDocument } | { ok: false; file: string; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const jsonlRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  published: z.string().regex(ISO_DATE, 'published must be an ISO date (YYYY-MM-DD) or date-time').nullish(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});

/** Expands directories (recursively, sorted by path) into document files; files and "-" stay as given. */
export function listInputs(inputs: readonly string[]): Array<{ path: string } | { path: string; error: string }> {
  const out: Array<{ path: string } | { path: string; error: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) out.push({ path: p });
    }
  };
  for (const input of inputs) {
    if (input === '-') {
      out.push({ path: '-' });
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch {
      out.push({ path: input, error: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) walk(input);
    else out.push({ path: input });
  }
  return out;
}

function formatOf(path: string, bytes: Buffer | null, format: InputFormat): Exclude<InputFormat, 'auto'> {
  if (format !== 'auto') return format;
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text') return 'text';
  const head = (bytes ?? Buffer.alloc(0)).subarray(0, 512).toString('utf8').trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (/^<(?:!doctype|html|head|body|meta|div|article|p)\b/i.test(head)) return 'html';
  return 'text';
}

function sourceHint(source: string): Pick<MetadataHints, 'source' | 'agency'> {
  const kinds: SourceKind[] = ['wire', 'ministry', 'transcript', 'other'];
  return kinds.includes(source as SourceKind)
    ? { source: { value: source as SourceKind, origin: 'metadata' } }
    : { agency: { value: source, origin: 'metadata' } };
}

function applyPublished(doc: RawDocument, published: string | undefined): RawDocument {
  if (published) doc.hints.published = { value: published, origin: 'option' };
  return doc;
}

export function jsonlDocument(line: string, file: string, lineNo: number, opts: ReadOptions): ReadResult {
  const where = `${file}:${lineNo}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { ok: false, file: where, reason: `invalid JSON (${(err as Error).message})` };
  }
  const rec = jsonlRecordSchema.safeParse(parsed);
  if (!rec.success) {
    const issue = rec.error.issues[0];
    return { ok: false, file: where, reason: `invalid record: ${issue?.path.join('.') || 'line'}: ${issue?.message}` };
  }
  const r = rec.data;
  if (r.text.trim() === '') return { ok: false, file: where, reason: 'empty document text' };
  if (r.text.length > opts.maxBytes) return { ok: false, file: where, reason: `document too large (${r.text.length} characters > ${opts.maxBytes})` };
  const hints: MetadataHints = {};
  if (r.published) hints.published = { value: r.published, origin: 'metadata' };
  if (r.title) hints.title = { value: r.title, origin: 'metadata' };
  if (r.url) hints.url = { value: r.url, origin: 'metadata' };
  if (r.source) Object.assign(hints, sourceHint(r.source));
  const doc: RawDocument = { text: r.text, format: 'jsonl', file, hints };
  if (r.id !== undefined) doc.externalId = String(r.id);
  return { ok: true, doc: applyPublished(doc, opts.published) };
}

async function* jsonlLines(lines: AsyncIterable<string> | Iterable<string>, file: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    yield jsonlDocument(line.replace(/^\uFEFF/, ''), file, lineNo, opts);
  }
}

export function bytesDocument(bytes: Buffer, file: string, format: 'text' | 'html', opts: ReadOptions): ReadResult {
  if (bytes.length === 0) return { ok: false, file, reason: 'empty file' };
  if (bytes.length > opts.maxBytes) return { ok: false, file, reason: `file too large (${bytes.length} bytes > ${opts.maxBytes})` };
  try {
    const doc = format === 'html' ? readHtml(bytes, file) : { text: decodeBytes(bytes).text, format: 'text' as const, file, hints: {} };
    if (doc.text.trim() === '') return { ok: false, file, reason: format === 'html' ? 'no main text found in the page' : 'empty document (whitespace only)' };
    return { ok: true, doc: applyPublished(doc, opts.published) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, file, reason: err.message };
    return { ok: false, file, reason: `unreadable: ${(err as Error).message}` };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Reads every input in order, one RawDocument (or failure) at a time; JSONL is streamed by line. */
export async function* readInputs(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<ReadResult> {
  for (const entry of listInputs(inputs)) {
    if ('error' in entry) {
      yield { ok: false, file: entry.path, reason: entry.error };
      continue;
    }
    const { path } = entry;
    if (path === '-') {
      const bytes = await (opts.stdin ?? readStdin)();
      const format = formatOf('-', bytes, opts.format);
      if (format === 'jsonl') yield* jsonlLines(decodeBytes(bytes).text.split(/\r?\n/), '-', opts);
      else yield bytesDocument(bytes, '-', format, opts);
      continue;
    }
    let format = formatOf(path, null, opts.format);
    try {
      if (format === 'jsonl') {
        const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
        yield* jsonlLines(rl, path, opts);
        continue;
      }
      const bytes = readFileSync(path);
      if (opts.format === 'auto' && !DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) format = formatOf(path, bytes, 'auto');
      if (format === 'jsonl') yield* jsonlLines(decodeBytes(bytes).text.split(/\r?\n/), path, opts);
      else yield bytesDocument(bytes, path, format, opts);
    } catch (err) {
      yield { ok: false, file: path, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    }
  }
}
