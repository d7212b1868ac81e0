// Placeholder until the HTML reader lands (owned by the HTML work): strips tags crudely.
import type { RawDocument } from '../raw.js';
import { decodeBytes } from '../decode.js';

export function readHtml(bytes: Buffer, file?: string): RawDocument {
  const html = decodeBytes(bytes).text;
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n').replace(/\n\s*\n+/g, '\n\n').trim();
  const doc: RawDocument = { text, format: 'html', hints: {} };
  if (file !== undefined) doc.file = file;
  return doc;
}
