import type { DocumentMeta, Paragraph } from '../types.js';
import type { RawDocument } from './raw.js';

// Placeholder, replaced by the real metadata reader.
export function readMetadata(raw: RawDocument, _paragraphs: Paragraph[]): DocumentMeta {
  const meta: DocumentMeta = { source: raw.hints.source ?? { value: 'other', origin: 'inferred' } };
  if (raw.hints.published) meta.published = raw.hints.published;
  if (raw.hints.title) meta.title = raw.hints.title;
  return meta;
}
