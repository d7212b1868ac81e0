// The extractor interface. An extractor is pure: it reads the Document and the outputs of the
// extractors before it in the registry, and returns its own items. No I/O, no clock, no randomness.
import type { Document, Extractions, ExtractorName } from './types.js';

export interface Extractor<K extends ExtractorName = ExtractorName> {
  name: K;
  /** Bumped whenever rules or lexicons change output; stored per document so `--reprocess` knows. */
  version: string;
  /** Names of extractors whose output this one reads; the registry checks they run earlier. */
  needs?: ExtractorName[];
  extract(doc: Document, prior: Readonly<Partial<Extractions>>): Extractions[K];
}
