// Document id = hash of the normalised text, so the same statement ingested twice (with a BOM,
// CRLF line ends or different spacing) is stored once.
import { createHash } from 'node:crypto';

export function normaliseForIdentity(text: string): string {
  // ASCII text is already in NFC; normalising a long ASCII text is pure cost
  return (/[^\u0000-\u007F]/.test(text) ? text.normalize('NFC') : text)
    .replace(/^\uFEFF/, '')
    // one pass for quotes, one for spaces (\s covers the other Unicode spaces, not U+200B); a run that is
    // already one plain space is left alone (replacing it by itself was most of the replacements)
    .replace(/[\u2018\u2019\u201C\u201D]/g, (q) => (q === '\u2018' || q === '\u2019' ? "'" : '"'))
    .replace(/[\s\u200B]{2,}|[^\S ]|\u200B/g, ' ')
    .trim();
}

export function documentId(text: string): string {
  return createHash('sha256').update(normaliseForIdentity(text), 'utf8').digest('hex').slice(0, 16);
}
