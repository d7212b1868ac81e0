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
  /** A running or whole-war total ("the death toll rose to 85", "more than 320000 people have been killed since 2011"). */
  cumulative?: boolean;
  /** Categories listed under an unspecified figure ("100 including children, regime supporters and opposition fighters"). */
  includes?: CasualtyCategory[];
  /** Where it happened: a place mention of the figure's sentence, else of its context (then `inferred.place`). */
  place?: CasualtyPlace | null;
}

export interface CasualtyPlace extends Span {
  text: string;
  /** Gazetteer id (kebab-case), or a slug of the name for places found by a cue ("the village of Tokhar"). */
  id: string;
  name: string;
  type: PlaceType;
  province?: string;
}

export type PlaceType = 'city' | 'town' | 'village' | 'district' | 'neighbourhood' | 'province' | 'region' | 'country';
