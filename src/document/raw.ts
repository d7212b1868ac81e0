// What a reader hands to the document builder: the stored text plus metadata the input carried
// (JSONL fields, HTML <meta>, command-line options). The builder adds what the text itself says.
import type { Valued, SourceKind } from '../types.js';

export interface MetadataHints {
  title?: Valued<string>;
  published?: Valued<string>;
  updated?: Valued<string>;
  source?: Valued<SourceKind>;
  agency?: Valued<string>;
  author?: Valued<string>;
  url?: Valued<string>;
  language?: Valued<string>;
  siteName?: Valued<string>;
}

export interface RawDocument {
  /** The text exactly as it will be stored; offsets index it. */
  text: string;
  format: 'text' | 'html' | 'jsonl';
  /** Path as given (file inputs) or "-" for stdin. */
  file?: string;
  /** JSONL `id`. */
  externalId?: string;
  /** documentId(text), when the reader already computed it (so it is hashed once, not on every thread);
   * whoever changes `text` must drop it. */
  id?: string;
  hints: MetadataHints;
}
