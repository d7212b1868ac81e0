// Item type of the claims extractor (the shapes of the JSON contract's "claims" array).
import type { Mention, SpanText } from '../../src/types.js';

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'author';

export interface ClaimSpeaker extends SpanText {
  /** Resolved canonical name (e.g. "Anatoly Antonov" for "he"); inferred when resolved from elsewhere. */
  name: string | null;
  /** Entity id, a function of the folded name: `person:sergei-lavrov`, `group:sohr`, `org:aleppo-police-command`. */
  id?: string;
  type?: 'person' | 'organization';
  /** A person's role as written with the name ("Deputy Defense Minister"). */
  role?: string;
  /** Gazetteer id: the organization itself, or the organization a person speaks for. */
  group?: string;
}

export interface ClaimMention extends Mention {
  kind: ClaimKind;
  speaker: ClaimSpeaker | null;
  cue: SpanText | null;
  /** Indexes of the dates, casualty figures and groups inside the content span. */
  dates?: number[];
  casualties?: number[];
  groups?: number[];
}
