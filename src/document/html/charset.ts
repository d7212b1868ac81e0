// The charset a page declares: <meta charset>, <meta http-equiv content="…; charset=…">, or an
// XML declaration, read from the first bytes (all three must appear early to be valid HTML).
import { decodeBytes } from '../decode.js';
const SNIFF_BYTES = 4096;

export function pageCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** A page's bytes as text, decoded by what the page declares when the bytes are not UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  return decodeBytes(bytes, pageCharset(bytes)).text;
}
