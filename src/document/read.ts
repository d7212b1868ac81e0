// Inputs → RawDocuments: files (text, HTML, JSONL by extension or by sniffing; gzip-compressed too),
// directories (recursive, sorted), and "-" for stdin. Every bad input becomes a failure naming the file and the
// reason; the caller reports it and goes on with the batch.
import { createReadStream, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import type { RawDocument, MetadataHints } from './raw.js';
import { decodeBytes, InputError } from './decode.js';
import { readHtml } from './html/index.js';
import type { SourceKind } from '../types.js';
import { documentId } from './identity.js';
import { gunzipBounded, hasGzSuffix, isGzip, isZlibError, withoutGz } from './gzip.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface ReadOptions {
  format: InputFormat;
  /** Largest document accepted, in bytes (text) or characters (JSONL `text`). */
  maxBytes: number;
  /** Overrides every document's publication date (--published). */
  published?: string;
  /** Reads standard input; injectable for tests. */
  stdin?: () => Promise<Buffer>;
  /** Told about every file a directory walk passed over (not a document), with the reason. */
  onSkip?: (skipped: SkippedInput) => void;
}

/** A file inside an input directory that is not read: hidden, unsupported extension, not a file… */
export interface SkippedInput {
  path: string;
  /** A short reason shared by files skipped for the same cause ("unsupported extension"). */
  reason: string;
  /** What exactly (".csv"), for the summary. */
  detail?: string;
}

export type ListedInput = { path: string } | { path: string; error: string };

export type ReadResult = { ok: true; doc: RawDocument } | { ok: false; file: string; reason: string };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);
/** The extension that says what a file holds: "page.html.gz" → ".html" (a bare ".gz" says nothing). */
const documentExtension = (path: string): string => extname(withoutGz(path)).toLowerCase();
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const jsonlRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  published: z.string().regex(ISO_DATE, 'published must be an ISO date (YYYY-MM-DD) or date-time').nullish(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});

/** Inputs given on the command line that do not exist (a usage error, caught before any database is opened). */
export function missingInputs(inputs: readonly string[]): string[] {
  return inputs.filter((input) => input !== '-' && !existsSync(input) && !isSymlink(input));
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * Expands directories (recursively, sorted by path) into document files; files and "-" stay as given.
 * Nothing in a directory aborts the walk: a dangling symbolic link or an unreadable entry becomes a
 * failure entry (when it looks like a document) or a skipped file; hidden files, unsupported
 * extensions, special files and symbolic-link loops are passed to `onSkip` with the reason.
 */
export function listInputs(inputs: readonly string[], onSkip: (s: SkippedInput) => void = () => {}): ListedInput[] {
  const out: ListedInput[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (err) {
      out.push({ path: dir, error: `cannot read directory: ${errCode(err)}` });
      return;
    }
    if (visited.has(real)) {
      onSkip({ path: dir, reason: 'symbolic link loop' });
      return;
    }
    visited.add(real);
    for (const name of names) {
      const p = join(dir, name);
      const ext = documentExtension(name);
      if (name.startsWith('.')) {
        onSkip({ path: p, reason: 'hidden' });
        continue;
      }
      let st;
      try {
        st = statSync(p);
      } catch (err) {
        const dangling = isSymlink(p);
        const reason = dangling ? 'dangling symbolic link' : `cannot read: ${errCode(err)}`;
        if (DOCUMENT_EXTENSIONS.has(ext)) out.push({ path: p, error: reason });
        else onSkip({ path: p, reason });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (!st.isFile()) onSkip({ path: p, reason: 'not a regular file' });
      else if (DOCUMENT_EXTENSIONS.has(ext)) out.push({ path: p });
      else onSkip({ path: p, reason: 'unsupported extension', detail: extname(name).toLowerCase() || '(none)' });
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
    } catch (err) {
      out.push({ path: input, error: isSymlink(input) ? 'dangling symbolic link' : errCode(err) === 'ENOENT' ? 'no such file or directory' : `cannot read: ${errCode(err)}` });
      continue;
    }
    if (st.isDirectory()) walk(input);
    else out.push({ path: input });
  }
  return out;
}

/** "3 files skipped: 2 unsupported extension (.csv, .md), 1 hidden". */
export function describeSkipped(skipped: readonly SkippedInput[]): string {
  if (skipped.length === 0) return '';
  const byReason = new Map<string, { n: number; details: Set<string> }>();
  for (const s of skipped) {
    const r = byReason.get(s.reason) ?? { n: 0, details: new Set<string>() };
    r.n++;
    if (s.detail) r.details.add(s.detail);
    byReason.set(s.reason, r);
  }
  const parts = [...byReason].map(([reason, r]) => `${r.n} ${reason}${r.details.size ? ` (${[...r.details].sort().slice(0, 8).join(', ')}${r.details.size > 8 ? ', …' : ''})` : ''}`);
  return `${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped: ${parts.join(', ')}`;
}

function formatOf(path: string, bytes: Buffer | null, format: InputFormat): Exclude<InputFormat, 'auto'> {
  if (format !== 'auto') return format;
  const ext = documentExtension(path);
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

/**
 * Two lines of one JSONL input with the same id and different texts: the later one fails, naming
 * both lines (the same id with the same text is the same document, read again).
 */
export class DuplicateIds {
  private readonly seen = new Map<string, { line: number; docId: string }>();
  constructor(private readonly file: string) {}

  check(result: ReadResult, line: number): ReadResult {
    if (!result.ok || result.doc.externalId === undefined) return result;
    const id = result.doc.externalId;
    const docId = (result.doc.id ??= documentId(result.doc.text));
    const prev = this.seen.get(id);
    if (!prev) this.seen.set(id, { line, docId });
    else if (prev.docId !== docId) {
      return { ok: false, file: `${this.file}:${line}`, reason: `duplicate id "${id}": line ${prev.line} has the same id with a different text (lines ${prev.line} and ${line})` };
    }
    return result;
  }
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
  const ids = new DuplicateIds(file);
  for await (const line of lines) {
    lineNo++;
    if (typeof line !== 'string') {
      yield { ok: false, file: `${file}:${lineNo}`, reason: `line too long (${line.tooLong} bytes > ${maxLineBytes(opts)})` };
      continue;
    }
    if (line.trim() === '') continue;
    yield ids.check(jsonlDocument(line.replace(/^\uFEFF/, ''), file, lineNo, opts), lineNo);
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
  for (const entry of listInputs(inputs, opts.onSkip)) {
    if ('error' in entry) {
      yield { ok: false, file: entry.path, reason: entry.error };
      continue;
    }
    const { path } = entry;
    if (path === '-') {
      if (opts.format === 'jsonl' && !opts.stdin) {
        // a JSONL feed is streamed by line, as a JSONL file is: each record is processed (and an
        // ingest commits it) while the producer is still writing
        yield* jsonlLines(splitLines(process.stdin, maxLineBytes(opts)), '-', opts);
        continue;
      }
      let bytes: Buffer = await (opts.stdin ?? readStdin)();
      if (isGzip(bytes)) {
        try {
          bytes = gunzipBounded(bytes, opts.maxBytes);
        } catch (err) {
          yield { ok: false, file: '-', reason: (err as Error).message };
          continue;
        }
      }
      const format = formatOf('-', bytes, opts.format);
      if (format === 'jsonl') yield* jsonlLines(decodeBytes(bytes).text.split(/\r?\n/), '-', opts);
      else yield bytesDocument(bytes, '-', format, opts);
      continue;
    }
    let format = formatOf(path, null, opts.format);
    try {
      if (format === 'jsonl') {
        // streamed by bytes: never more than one line in memory, an over-long line dropped as it streams
        const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
        const chunks = hasGzSuffix(path) ? stream.pipe(createGunzip()).on('close', () => stream.destroy()) : stream;
        yield* jsonlLines(splitLines(chunks, maxLineBytes(opts)), path, opts);
        continue;
      }
      let bytes: Buffer = readFileSync(path);
      // compressed whatever the name says (magic bytes), decompressed no larger than the document limit
      if (isGzip(bytes)) bytes = gunzipBounded(bytes, opts.maxBytes);
      if (opts.format === 'auto' && !DOCUMENT_EXTENSIONS.has(documentExtension(path))) format = formatOf(path, bytes, 'auto');
      if (format === 'jsonl') yield* jsonlLines(decodeBytes(bytes).text.split(/\r?\n/), path, opts);
      else yield bytesDocument(bytes, path, format, opts);
    } catch (err) {
      if (err instanceof InputError) yield { ok: false, file: path, reason: err.message };
      else if (isZlibError(err)) yield { ok: false, file: path, reason: `corrupt gzip data (${(err as Error).message})` };
      else yield { ok: false, file: path, reason: `cannot read: ${errCode(err)}` };
    }
  }
}
