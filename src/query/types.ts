// Filter and row types of the fact-checkers' queries: part of the store interface, so every backend
// (SQLite now, PostgreSQL later) answers the same questions with the same rows. Every row carries its
// document (id, title, published), its speaker and the sentence with the matched span marked.

/** A span inside `sentence.text` (offsets relative to the sentence). */
export interface Mark {
  start: number;
  end: number;
}

/** The sentence(s) holding an item, with the item's span marked. */
export interface SentenceRef {
  /** Offsets into the document text. */
  start: number;
  end: number;
  text: string;
  /** The item inside `text`. */
  mark: Mark;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
  url: string | null;
}

export interface SpeakerRef {
  /** Canonical entity id (`person:sergey-lavrov`, `group:<gazetteer id>`, or `name:<normalised name>`). */
  id: string;
  name: string;
  type: string | null;
}

export interface Paging {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  rows: T[];
  /** Rows matching the filter, ignoring limit/offset. */
  total: number;
  limit: number;
  offset: number;
}

export type ClaimSort = 'date' | '-date' | 'rank' | 'speaker' | 'document';

export interface ClaimFilter extends Paging {
  /** Canonical entity id, any alias seen, or a fuzzy spelling of either. */
  speaker?: string;
  /** Gazetteer id or any alias: claims whose content names the group. */
  group?: string;
  /** Claim date (the document's publication date), ISO, inclusive. */
  from?: string;
  to?: string;
  document?: readonly string[];
  /** Source kind (wire, ministry, transcript, other) or agency name (TASS, Reuters…). */
  source?: string;
  kind?: string;
  withFigures?: boolean;
  /** FTS5 query over claim content and speaker name, and over the documents' text. */
  search?: string;
  sort?: ClaimSort;
}

export interface ClaimRow {
  /** `<document id>:<index in the document's claims>`. */
  key: string;
  document: DocumentRef;
  /** The claim date: the publication date of its document. */
  date: string | null;
  speaker: SpeakerRef | null;
  /** The speaker as written in the text ("he", "the minister", "Lavrov"). */
  speakerText: string | null;
  cue: string | null;
  kind: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  inferred: Record<string, string> | null;
  sentence: SentenceRef;
  /** Group ids named in the content. */
  groups: Array<{ id: string; name: string }>;
  /** Casualty figures inside the content. */
  figures: Array<{ text: string; count: number; outcome: string; category: string }>;
  /** With `search`: where the words matched and the matched words marked (\u0002…\u0003). */
  match?: { in: 'claim' | 'document'; highlighted: string };
}

export type CasualtySort = 'date' | '-date' | 'count' | '-count';

export interface CasualtyFilter extends Paging {
  category?: string;
  outcome?: string;
  /** On the figure's date (the date its sentence states, else the publication date). */
  from?: string;
  to?: string;
  /** Place id or name; figures without a place match when their sentence names it. */
  place?: string;
  min?: number;
  max?: number;
  speaker?: string;
  document?: readonly string[];
  source?: string;
  sort?: CasualtySort;
}

export interface CasualtyRow {
  key: string;
  document: DocumentRef;
  /** The figure's date and where it came from: `text` (its sentence) or `published`. */
  date: string | null;
  dateOrigin: 'text' | 'published' | null;
  count: number;
  low: number;
  high: number;
  qualifier: string;
  outcome: string;
  category: string;
  cumulative: boolean;
  place: { id: string | null; name: string } | null;
  speaker: SpeakerRef | null;
  start: number;
  end: number;
  text: string;
  rule: string;
  inferred: Record<string, string> | null;
  sentence: SentenceRef;
}

export interface GroupFilter extends Paging {
  group?: string;
  from?: string;
  to?: string;
  document?: readonly string[];
  /** Include unnamed matches (discovered names, descriptors). Default: named groups only. */
  all?: boolean;
  /** Only names missing from the gazetteer (match `discovered`), each with an example sentence: for curation. */
  unknown?: boolean;
}

export interface GroupRow {
  id: string;
  name: string;
  type: string;
  mentions: number;
  documents: number;
  claims: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Spellings seen in the texts, most frequent first. */
  spellings: Array<{ text: string; count: number }>;
  /** With `unknown`: the first sentence that names it. */
  example?: { documentId: string; sentence: string };
}

export interface SpeakerFilter extends Paging {
  speaker?: string;
  type?: string;
  from?: string;
  to?: string;
}

export interface SpeakerRow {
  id: string;
  name: string;
  type: string | null;
  role: string | null;
  group: string | null;
  claims: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  aliases: string[];
}

export type DocumentSort = 'date' | '-date' | 'rank' | 'title';

export interface DocumentFilter extends Paging {
  from?: string;
  to?: string;
  source?: string;
  search?: string;
  speaker?: string;
  group?: string;
  sort?: DocumentSort;
}

export interface DocumentRow extends DocumentRef {
  kind: string;
  agency: string | null;
  file: string | null;
  externalId: string | null;
  datelinePlace: string | null;
  /** Items per extractor name. */
  counts: Record<string, number>;
  match?: { highlighted: string };
}

export interface ConflictFilter extends Paging {
  category?: string;
  outcome?: string;
  from?: string;
  to?: string;
  place?: string;
  /** Also compare figures whose place is unknown (grouped by period only). */
  unplaced?: boolean;
}

/**
 * Figures with the same outcome and category, the same place and overlapping periods (the same
 * calendar month; year-only figures by year), whose ranges do not all overlap. Never merged: every
 * figure is listed with its speaker and document.
 */
export interface ConflictRow {
  key: string;
  outcome: string;
  category: string;
  cumulative: boolean;
  place: string | null;
  period: string;
  low: number;
  high: number;
  figures: CasualtyRow[];
}

/** Canonical names of organisations (a gazetteer): lets `--group`/`--speaker` accept any alias. */
export interface AliasEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

export class QueryError extends Error {}
