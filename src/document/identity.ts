// Document id = hash of the normalised text, so the same statement ingested twice (with a BOM,
// CRLF line ends or different spacing) is stored once.
import { createHash } from 'node:crypto';

const NFC_MAY_CHANGE = /[^\u0000-\u02FF\u2002-\u206F]/;

export function normaliseForIdentity(text: string): string {
  // Text in U+0000–U+02FF (Latin-1, Latin Extended A/B, spacing modifiers) and U+2002–U+206F (spaces,
  // dashes, curly quotes) is already in NFC: no character there decomposes or composes with another
  // (checked for every character and every pair); normalising such a text is pure cost
  return (NFC_MAY_CHANGE.test(text) ? text.normalize('NFC') : text)
    .replace(/^\uFEFF/, '')
    // one pass for quotes, one for spaces (\s covers the other Unicode spaces, not U+200B)
    .replace(/[\u2018\u2019\u201C\u201D]/g, (q) => (q === '\u2018' || q === '\u2019' ? "'" : '"'))
    .replace(/[\s\u200B]+/g, ' ')
    .trim();
}

export function documentId(text: string): string {
  return createHash('sha256').update(normaliseForIdentity(text), 'utf8').digest('hex').slice(0, 16);
}
