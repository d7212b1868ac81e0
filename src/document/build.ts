// Builds a Document from a RawDocument: identity, metadata, paragraphs, sentences.
import type { Document } from '../types.js';
import type { RawDocument } from './raw.js';
import { documentId } from './identity.js';
import { segment } from './segment.js';
import { readMetadata } from './metadata.js';
import { eraWindow } from './era-clues.js';

export function buildDocument(raw: RawDocument): Document {
  const { paragraphs, sentences, excluded, dateline, head } = segment(raw.text);
  const lede = dateline ? sentences.find((s) => s.start >= dateline.end) : undefined;
  const era = eraWindow(raw.text);
  const meta = readMetadata(raw, paragraphs, dateline, lede ? raw.text.slice(lede.start, lede.end) : '', head, era ?? null);
  const doc: Document = {
    id: raw.id ?? documentId(raw.text),
    text: raw.text,
    format: raw.format,
    meta,
    paragraphs,
    sentences,
    excluded,
  };
  if (era) doc.era = era;
  if (raw.file !== undefined) doc.file = raw.file;
  if (raw.externalId !== undefined) doc.externalId = raw.externalId;
  return doc;
}

/** Convenience for tests and scripts: a plain-text document with an optional publication date. */
export function documentFromText(text: string, published?: string): Document {
  const raw: RawDocument = { text, format: 'text', hints: {} };
  if (published) raw.hints.published = { value: published, origin: 'option' };
  return buildDocument(raw);
}
