// Document id = hash of the normalised text, so the same statement ingested twice (with a BOM,
// CRLF line ends or different spacing) is stored once.
import { createHash } from 'node:crypto';

export function normaliseForIdentity(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function documentId(text: string): string {
  return createHash('sha256').update(normaliseForIdentity(text), 'utf8').digest('hex').slice(0, 16);
}
