// Gzip-compressed inputs (archives are often scraped as page.html.gz or dump.jsonl.gz): recognised by
// their magic bytes or the .gz suffix, decompressed with node's zlib. A whole-file decompression is
// bounded by the document size limit, so a small bomb cannot fill memory; JSONL is gunzipped as a
// stream and stays line by line.
import { gunzipSync } from 'node:zlib';
import { InputError } from './decode.js';

/** The two bytes every gzip member starts with. */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Whether a name says gzip ("dump.jsonl.gz"). */
export const hasGzSuffix = (path: string): boolean => /\.gz$/i.test(path);

/** "page.html.gz" → "page.html"; other names unchanged. */
export const withoutGz = (path: string): string => (hasGzSuffix(path) ? path.slice(0, -3) : path);

/** Decompresses a whole file; a failure is an InputError with the reason a researcher can act on. */
export function gunzipBounded(bytes: Buffer, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new InputError(`decompressed size over the limit of ${maxBytes} bytes`);
    throw new InputError(`corrupt gzip data (${(err as Error).message})`);
  }
}

/** A zlib error of a streamed .gz input (Z_DATA_ERROR, Z_BUF_ERROR…), told as the file's fault. */
export const isZlibError = (err: unknown): boolean => /^Z_/.test(String((err as NodeJS.ErrnoException).code ?? ''));
