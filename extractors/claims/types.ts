// Item type of the claims extractor (the shapes of the JSON contract's "claims" array).
import type { Mention, SpanText } from '../../src/types.js';

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'author';

export interface ClaimSpeaker extends SpanText {
  /** Resolved canonical name (e.g. "Anatoly Antonov" for "he"); inferred when resolved from elsewhere. */
  name: string | null;
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
