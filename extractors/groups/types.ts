// Item type of the groups extractor (the shapes of the JSON contract's "groups" array).
import type { Mention } from '../../src/types.js';

/**
 * How the mention was resolved. Named matches (scored against gold): exact, alias, acronym, fuzzy,
 * inferred (an institution whose country comes from context: "the Defense Ministry", "the defense
 * ministry in Moscow"). Unnamed ones (never in gold; only with `includeUnnamed`): coreference
 * ("the ministry"), discovered (an organisation-like name missing from the gazetteer), descriptor
 * ("militants", "moderate opposition").
 */
export type GroupMatch = 'exact' | 'alias' | 'acronym' | 'fuzzy' | 'inferred' | 'coreference' | 'discovered' | 'descriptor';

export const NAMED_MATCHES: readonly GroupMatch[] = ['exact', 'alias', 'acronym', 'fuzzy', 'inferred'];

export interface GroupMention extends Mention {
  /** Canonical gazetteer id, e.g. "jabhat-al-nusra"; `discovered:<slug>` / `descriptor:<rule>` for unnamed items. */
  id: string;
  /** Canonical name. */
  name: string;
  type: string;
  match: GroupMatch;
  /** 0..1: how sure the resolution is (exact 1, fuzzy by Jaro-Winkler similarity, discovered 0.4). */
  confidence: number;
  /** The entity's name in force at the publication date, when it differs (Nusra → Jabhat Fateh al-Sham). */
  nameAtDate?: string;
  /** ISO country code of the body, when the gazetteer gives one. */
  country?: string;
}

/** The mentions that name a gazetteer entity (what other extractors may resolve against). */
export function namedGroups(items: readonly GroupMention[]): GroupMention[] {
  return items.filter((g) => NAMED_MATCHES.includes(g.match));
}
