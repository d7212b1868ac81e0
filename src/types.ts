// Shared shapes of the pipeline: a Document in, Extractions out.
// Offsets everywhere are UTF-16 code-unit offsets into Document.text (JavaScript string indices),
// so `doc.text.slice(m.start, m.end) === m.text` holds for every mention.
import type { EraWindow } from './document/era-clues.js';

export interface Span {
  start: number;
  end: number;
}

/** Where a metadata value came from. `option` = given on the command line / JSONL field / HTML meta. */
export type Origin = 'dateline' | 'header' | 'metadata' | 'html' | 'url' | 'inferred' | 'option';

export interface Valued<T> {
  value: T;
  origin: Origin;
  /** Span of the text the value was read from, when it was read from the stored text. */
  start?: number;
  end?: number;
}

export type SourceKind = 'wire' | 'ministry' | 'transcript' | 'other';

export interface Dateline extends Span {
  place: string;
  /** The date as written in the dateline, resolved to ISO (year may be inferred). */
  date?: Valued<string>;
  agency?: string;
}

export interface DocumentMeta {
  title?: Valued<string>;
  subtitle?: Valued<string>;
  /** Kind of source (wire story, ministry statement, transcript, other). */
  source: Valued<SourceKind>;
  /** Publisher or agency name when known (e.g. "TASS"), free text. */
  agency?: Valued<string>;
  dateline?: Dateline;
  /** ISO date or date-time (UTC, `Z`) the document was published. */
  published?: Valued<string>;
  updated?: Valued<string>;
  author?: Valued<string>;
  url?: Valued<string>;
  language?: Valued<string>;
  siteName?: Valued<string>;
}

/**
 * Paragraph roles. Extractors read `title`, `subtitle`, `heading`, `body` and `quote`;
 * `header` (timestamp lines), `dateline` and `furniture` (site navigation, related-headline lists,
 * language switchers) are kept in the stored text but never extracted from.
 */
export type ParagraphKind = 'title' | 'subtitle' | 'heading' | 'body' | 'header' | 'furniture';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** Why the paragraph got its kind (a segmentation rule id), for debugging furniture detection. */
  rule: string;
}

export interface Sentence extends Span {
  /** Index into Document.paragraphs. */
  paragraph: number;
}

export interface Document {
  /** Hash of the normalised text (see src/document/identity.ts). */
  id: string;
  /** The stored text: offsets index this string. */
  text: string;
  /** Path as given, for file inputs. */
  file?: string;
  /** Id given by the input (JSONL `id`), if any. */
  externalId?: string;
  format: 'text' | 'html' | 'jsonl';
  meta: DocumentMeta;
  paragraphs: Paragraph[];
  /** Sentences of the extractable paragraphs only, in text order. */
  sentences: Sentence[];
  /** Spans never extracted from (furniture, header, dateline), sorted. */
  excluded: Span[];
  /** The period the names in the text date it to (src/document/era-clues.ts), computed once here. */
  era?: EraWindow;
}

/**
 * Known vs inferred: a field not named in `inferred` was stated in the text.
 * `inferred` maps a field name (e.g. "year", "category", "speaker") to what it was inferred from
 * (e.g. "publication-date", "tense", "sentence-context", "coreference").
 */
export type Inferred = Record<string, string>;

export interface Mention extends Span {
  text: string;
  /** Id of the rule that produced the item, `<extractor>.<rule>`. */
  rule: string;
  inferred?: Inferred;
}

export interface SpanText extends Span {
  text: string;
}
