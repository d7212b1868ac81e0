// The extractor descriptor: everything the frame needs to know about one extractor, in one object
// exported by its folder (extractors/<name>/index.ts). Pipeline, contract, table, storage, gold loading
// and scoring iterate over descriptors; nothing in src/ names an extractor.
//
// An extractor is pure: it reads the Document and the outputs of the extractors before it in the
// registry, and returns its own items. No I/O, no clock, no randomness.
import type { z } from 'zod';
import type { Document, Mention, SpanText } from './types.js';
import type { SpanMode } from './eval/metrics.js';

/** Outputs of the extractors that ran before, by name. */
export type Prior = ReadonlyMap<string, readonly Mention[]>;

/** Items of one earlier extractor (empty when it did not run); `needs` guarantees the order. */
export function itemsOf<T extends Mention>(prior: Prior, name: string): readonly T[] {
  return (prior.get(name) ?? []) as readonly T[];
}

/** The part of a descriptor an extractor's engine module defines: the rest is in its index.ts. */
export type ExtractorCore<N extends string, T extends Mention> = Pick<Extractor<N, T>, 'name' | 'version' | 'needs' | 'extract'>;

/**
 * A cross-link computed after every extractor ran: `item[field]` lists the indexes of the `to`
 * extractor's items inside the item's span (`span`) or inside the item's sentence (`sentence`).
 * With `keepGiven`, an index list the extractor set itself is kept.
 */
export interface LinkSpec {
  field: string;
  to: string;
  within: 'span' | 'sentence';
  keepGiven?: boolean;
}

export interface FieldCheck<T, G> {
  metric: string;
  agrees(pred: T, gold: G): boolean;
}

/** Hand-written gold for this extractor and how predictions are scored against it. */
export interface GoldSpec<T, G extends SpanText> {
  /** Strict zod schema of one gold item (a typo in a field name is an error). */
  schema: z.ZodType<G>;
  /** Sub-spans of a gold item that must also match the text (e.g. a claim's speaker and cue). */
  spans?(gold: G): Array<SpanText & { what: string }>;
  /** Span alignment modes reported as `<name>.span.<mode>`. */
  modes: readonly SpanMode[];
  /** Fields scored over the overlap alignment as `<name>.<metric>`; the first decides found vs wrong. */
  fields: ReadonlyArray<FieldCheck<T, G>>;
  /** Predictions that take part in scoring (e.g. named groups, not descriptors). Default: all. */
  scored?(pred: T): boolean;
  describe(pred: T, gold: G): string;
}

/** One line per item in the terminal table. */
export interface RenderSpec<T> {
  row(item: T): string;
}

export type ColumnType = 'TEXT' | 'INTEGER' | 'REAL';

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** An index on the column: only for a column the query layer filters or sorts on (each index is a write per item). */
  index?: boolean;
  value(item: T): string | number | null;
}

/**
 * How items are stored: one table per extractor with the common mention columns (document_id, idx,
 * start, end, text, rule, inferred_json, item_json) plus these typed columns; `fts` columns get an
 * FTS5 index `<table>_fts`.
 */
export interface StorageSpec<T> {
  table: string;
  columns: ReadonlyArray<Column<T>>;
  fts?: readonly string[];
}

export interface Extractor<N extends string = string, T extends Mention = Mention, G extends SpanText = SpanText> {
  name: N;
  /** Bumped whenever rules or lexicons change output; stored per document so `--reprocess` knows. */
  version: string;
  /** Names of extractors whose output this one reads; checked once when the registry is built. */
  needs?: readonly string[];
  /** Languages (ISO 639-1) the rules are written for; documents in another known language are skipped. */
  languages?: readonly string[];
  extract(doc: Document, prior: Prior): T[];
  /** zod schema of one item of the JSON contract. */
  item: z.ZodType<T>;
  links?: readonly LinkSpec[];
  gold?: GoldSpec<T, G>;
  render: RenderSpec<T>;
  storage: StorageSpec<T>;
}

// eslint-style escape hatch: a registry holds descriptors of different item types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExtractor = Extractor<string, any, any>;

export type ItemOf<E> = E extends { extract(doc: Document, prior: Prior): Array<infer T> } ? T : never;

/** The extractions a registry produces, keyed by extractor name (e.g. `{ dates: DateMention[], … }`). */
export type ExtractionsOf<R extends readonly AnyExtractor[]> = { [E in R[number] as E['name']]: Array<ItemOf<E>> };
