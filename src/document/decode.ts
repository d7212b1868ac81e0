// Bytes → text. UTF-8 (with or without BOM) first; UTF-16 by BOM; when UTF-8 fails, the charset the
// input declares (HTML <meta charset>), else Windows-1251 or Latin-1 chosen by the shape of the high
// bytes. Binary content is refused with a reason.
import iconv from 'iconv-lite';

/** A WHATWG / iconv label; the values below are what detection alone produces. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'latin1' | (string & {});

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class InputError extends Error {}

/**
 * NUL bytes or many control characters: not a text document. The head (8 KB) is checked byte by byte;
 * the rest only for NULs, so text with a binary tail (a renamed PDF, a truncated archive) is refused too,
 * while a few stray NULs of padding in a long text are tolerated.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (n > 0 && control / n > 0.05) return true;
  let nuls = 0;
  for (let i = bytes.indexOf(0, n); i !== -1; i = bytes.indexOf(0, i + 1)) if (++nuls > bytes.length / 1000) return true;
  return false;
}

/**
 * UTF-16 without a byte-order mark: Latin-script text puts a NUL in every other byte (the high byte),
 * at odd offsets for little-endian, at even ones for big-endian.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd / half > 0.3 && even / half < 0.01) return 'utf-16le';
  if (even / half > 0.3 && odd / half < 0.01) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1251 Russian puts high bytes in runs (whole Cyrillic words); Latin-1 text puts single
 * accented letters among ASCII ones. Decide by the share of high bytes that have a high neighbour.
 */
export function guessSingleByte(bytes: Uint8Array): 'windows-1251' | 'latin1' {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0xc0) continue;
    high++;
    const prev = bytes[i - 1] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (prev >= 0xc0 || next >= 0xc0) paired++;
  }
  return high > 0 && paired / high > 0.5 ? 'windows-1251' : 'latin1';
}

export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (!/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return { text, encoding: utf16 };
  }
  if (looksBinary(bytes)) throw new InputError('binary content (NUL or control bytes), not a text document');
  try {
    // valid UTF-8 with non-ASCII bytes is almost never another charset, whatever a page declares
    // (saved pages are often re-encoded with the old <meta charset> left in place)
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252
    const label = declared && /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/i.test(declared) ? 'windows-1252' : declared?.toLowerCase();
    if (label && !/^utf-?8$/.test(label) && iconv.encodingExists(label)) {
      return { text: iconv.decode(Buffer.from(bytes), label), encoding: label };
    }
    const encoding = guessSingleByte(bytes);
    return { text: iconv.decode(Buffer.from(bytes), encoding === 'latin1' ? 'windows-1252' : encoding), encoding };
  }
}
