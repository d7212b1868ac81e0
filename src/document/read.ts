// Inputs → RawDocuments: files (text, HTML, JSONL by extension or by sniffing), directories
// (recursive, sorted), and "-" for stdin. Every bad input becomes a failure naming the file and the
// reason; the caller reports it and goes on with the batch.
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
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

/** A line of a JSONL stream, or the length of one too long to hold (skipped without keeping it). */
type Line = string | { tooLong: number };

/** Longest JSONL line kept in memory: a record of maxBytes characters, JSON-escaped, plus its fields. */
function maxLineBytes(opts: ReadOptions): number {
  return opts.maxBytes * 6 + 1024 * 1024;
}

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than one line, so a JSONL
 * file of any size is read incrementally; a line longer than `limit` bytes is dropped as it streams.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, limit = Infinity): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = -1; // bytes of the over-long line being skipped, or -1
  const take = (): Line => {
    if (dropped >= 0) {
      const n = dropped;
      dropped = -1;
      return { tooLong: n };
    }
    const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, held);
    parts = [];
    held = 0;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    return decoder.decode(bytes.subarray(0, end));
  };
  const hold = (piece: Buffer) => {
    if (dropped >= 0) {
      dropped += piece.length;
      return;
    }
    if (held + piece.length > limit) {
      dropped = held + piece.length;
      parts = [];
      held = 0;
      return;
    }
    if (piece.length > 0) parts.push(piece);
    held += piece.length;
  };
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      hold(buf.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    if (from < buf.length) hold(Buffer.from(buf.subarray(from))); // a copy: the stream may reuse its chunk
  }
  if (held > 0 || dropped >= 0) yield take();
}

async function* jsonlLines(lines: AsyncIterable<Line> | Iterable<Line>, file: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (typeof line !== 'string') {
      yield { ok: false, file: `${file}:${lineNo}`, reason: `line too long (${line.tooLong} bytes > ${maxLineBytes(opts)})` };
      continue;
    }
    if (line.trim() === '') continue;
    yield jsonlDocument(line.replace(/^\uFEFF/, ''), file, lineNo, opts);
  }
}

/** The first bytes of a file, for sniffing its format without reading it whole. */
function readHead(path: string, n = 512): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)) as Buffer;
  } finally {
    closeSync(fd);
  }
}

/** Standard input: JSONL is streamed by line; anything else is read whole (a single document). */
async function* readStdinInputs(opts: ReadOptions): AsyncGenerator<ReadResult> {
  if (opts.stdin) {
    const bytes = await opts.stdin();
    const format = formatOf('-', bytes, opts.format);
    if (format === 'jsonl') yield* jsonlLines(decodeBytes(bytes).text.split(/\r?\n/), '-', opts);
    else yield bytesDocument(bytes, '-', format, opts);
    return;
  }
  const it = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < 512) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const first = Buffer.concat(head);
  const format = formatOf('-', first, opts.format);
  const utf16 = (first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff);
  if (format === 'jsonl' && !utf16) {
    const rest = async function* () {
      yield first;
      if (ended) return;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    };
    yield* jsonlLines(splitLines(rest(), maxLineBytes(opts)), '-', opts);
    return;
  }
  const chunks: Buffer[] = [first];
  if (!ended) for (let next = await it.next(); !next.done; next = await it.next()) chunks.push(next.value);
  const bytes = Buffer.concat(chunks);
  if (format === 'jsonl') yield* jsonlLines(decodeBytes(bytes).text.split(/\r?\n/), '-', opts);
  else yield bytesDocument(bytes, '-', format, opts);
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

/** Reads every input in order, one RawDocument (or failure) at a time; JSONL (files and stdin) is streamed by line. */
export async function* readInputs(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<ReadResult> {
  for (const entry of listInputs(inputs)) {
    if ('error' in entry) {
      yield { ok: false, file: entry.path, reason: entry.error };
      continue;
    }
    const { path } = entry;
    if (path === '-') {
      yield* readStdinInputs(opts);
      continue;
    }
    let format = formatOf(path, null, opts.format);
    try {
      // an unknown extension is sniffed from the file's first bytes
      if (opts.format === 'auto' && !DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) format = formatOf(path, readHead(path), 'auto');
      if (format === 'jsonl') {
        // streamed: a file of any size, one line in memory at a time
        yield* jsonlLines(splitLines(createReadStream(path, { highWaterMark: 256 * 1024 }), maxLineBytes(opts)), path, opts);
        continue;
      }
      yield bytesDocument(readFileSync(path), path, format, opts);
    } catch (err) {
      yield { ok: false, file: path, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    }
  }
}
