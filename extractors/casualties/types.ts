// Item type of the casualties extractor (the shapes of the JSON contract's "casualties" array).
import type { Mention, Span } from '../../src/types.js';

export type CasualtyQualifier = 'exact' | 'approx' | 'at_least' | 'more_than' | 'less_than' | 'nearly' | 'up_to';
export type CasualtyOutcome = 'killed' | 'wounded' | 'missing' | 'captured';
export type CasualtyCategory = 'civilians' | 'children' | 'women' | 'military' | 'militants' | 'people';

export interface CasualtyMention extends Mention {
  count: number;
  low: number;
  high: number;
  qualifier: CasualtyQualifier;
  outcome: CasualtyOutcome;
  category: CasualtyCategory;
  /** Offsets of the number itself inside the text. */
  number?: Span;
  /** Indexes into the dates array: the dates of the figure's sentence (its period). */
  dates?: number[];
}
