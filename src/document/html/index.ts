// HTML reader: bytes → decoded page (charset from BOM, <meta charset> or the bytes) → readPage →
// the stored document, title first, then the main-text paragraphs separated by blank lines so the
// segmenter sees the page's structure.
import type { RawDocument } from '../raw.js';
import { readPage } from './page.js';
import { decodePage } from './charset.js';

export function readHtml(bytes: Buffer, file?: string): RawDocument {
  const html = decodePage(bytes);
  const doc: RawDocument = { text: html.trim(), format: 'html', hints: {} };
  if (/<[a-z!]/i.test(html)) {
    const page = readPage(html);
    doc.text = (page.title ? [page.title, ...page.paragraphs] : page.paragraphs).join('\n\n');
    doc.hints = page.hints;
  }
  if (file !== undefined) doc.file = file;
  return doc;
}
