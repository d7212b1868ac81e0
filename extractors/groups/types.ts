// Item type of the groups extractor (the shapes of the JSON contract's "groups" array).
import type { Mention } from '../../src/types.js';

export type GroupMatch = 'exact' | 'alias' | 'acronym' | 'fuzzy';

export interface GroupMention extends Mention {
  /** Canonical gazetteer id, e.g. "jabhat-al-nusra". */
  id: string;
  /** Canonical name. */
  name: string;
  type: string;
  match: GroupMatch;
}
