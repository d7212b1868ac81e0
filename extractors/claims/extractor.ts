// Claims (attributions): content span + source (speaker) + cue + kind, with speaker resolution.
// Rules: engine.ts (patterns), speaker.ts (source NPs and coreference), quotes.ts, cues.ts;
// rule data: lexicon.ts. See README.md.
import { itemsOf, type ExtractorCore } from '../../src/extractor.js';
import type { Document } from '../../src/types.js';
import type { ClaimMention } from './types.js';
import { namedGroups, type GroupMention } from '../groups/types.js';
import { extractClaimDrafts, resolveDrafts, type ClaimOptions } from './engine.js';

/** `groups` (the groups extractor's output) gives canonical names to organisation sources. */
export function extractClaims(doc: Document, groups: readonly GroupMention[] = [], opts: ClaimOptions = {}): ClaimMention[] {
  return resolveDrafts(doc, extractClaimDrafts(doc, opts), groups);
}

export const claimsExtractor: ExtractorCore<'claims', ClaimMention> = {
  name: 'claims',
  version: '0.2.0',
  needs: ['groups'],
  extract: (doc, prior) => extractClaims(doc, namedGroups(itemsOf<GroupMention>(prior, 'groups'))),
};
