// Candidate figures of one sentence: each number expression with what follows it (a counted noun
// phrase, an ellipsis "252 more were wounded", a bare outcome "70 dead", "30 of them children", or
// nothing). Numbers inside dates, ages, percentages, distances and "Resolution 2254" are dropped here.
import type { Inferred } from '../../src/types.js';
import type { CasualtyCategory, CasualtyOutcome, CasualtyQualifier } from './types.js';
import { OUTCOME_NOUNS } from './lexicon.js';
import { findNumbers, type NumberExpr } from './numbers.js';
import { readNounPhrase, type GroupSpan } from './nounphrase.js';
import { isActiveObject } from './outcome.js';
import { BARE_OUTCOME_RE, ELLIPSIS_RE, PERCENT_RE, YEAR_OLD_RE, ahead, lowerBound, outcomeOf } from './patterns.js';

export type DraftKind = 'noun' | 'bare' | 'elliptical' | 'of-them' | 'loose';

export interface Draft {
  num: NumberExpr;
  category?: CasualtyCategory;
  /** The counted noun as read ("terrorists", "women and children"). */
  noun?: string;
  /** End of the counted noun phrase (or of the number for bare figures). */
  nounEnd: number;
  /** The noun itself states the outcome ("70 deaths"). */
  nounOutcome?: CasualtyOutcome;
  /** Outcome read with the draft itself (ellipsis, bare outcome), with the end of its words. */
  found?: { outcome: CasualtyOutcome; end: number };
  kind: DraftKind;
  outcome?: CasualtyOutcome;
  outcomeEnd?: number;
  rule?: string;
  inferred: Inferred;
  qualifier: CasualtyQualifier;
  cumulative?: boolean;
  /** Part of an "including …" list under a head figure. */
  sub?: boolean;
  /** "70 of its members": only an active verb before it makes it a figure. */
  partitive?: boolean;
}

const NOT_A_COUNT_BEFORE = /(?<![\p{L}])(?:no|aged|age|ages|resolution|number|no\.)[\s\u00A0]*$/iu;
const OF_THEM = /^[\s\u00A0]+of[\s\u00A0]+(?:them|whom)[\s\u00A0]+(?:(?:were|was|are)[\s\u00A0]+)?/iu;
const PARTITIVE = /^[\s\u00A0]+of[\s\u00A0]+(?:(?:the|its|their|his|her|them|those|these)[\s\u00A0]+)?(?:own[\s\u00A0]+)?/iu;

/**
 * "a woman was killed", "including a child", "killed a terrorist commander", "Another woman was
 * killed": an article before a singular category noun counts one person.
 */
const ARTICLE_RE = /(?<![\p{L}\p{N}])(?<art>another|an|a)(?=[\s\u00A0]+\p{L})/giu;
function articleCounts(text: string, groups: readonly GroupSpan[]): Array<{ num: NumberExpr; np: NonNullable<ReturnType<typeof readNounPhrase>> }> {
  const out: Array<{ num: NumberExpr; np: NonNullable<ReturnType<typeof readNounPhrase>> }> = [];
  // the noun read must be one of these words: a sentence without any has no article count
  if (!SINGULAR_PERSON_IN.test(text)) return out;
  ARTICLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARTICLE_RE.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const np = readNounPhrase(text, end, false, groups);
    if (!np || !SINGULAR_PERSON.test(np.noun) || text.slice(end, np.end).split(/[\s\u00A0]+/).filter(Boolean).length > 3) continue;
    out.push({ num: { start: m.index, qualStart: m.index, numStart: m.index, numEnd: end, end, count: 1, low: 1, high: 1, qualifier: 'exact', qualifierStated: false, vague: false, range: false }, np });
  }
  return out;
}
/** Singular nouns of a person (the lexicon's plural nouns are counted by numbers). */
const SINGULAR_PERSON_WORDS = 'civilian|child|woman|girl|boy|baby|infant|toddler|teenager|soldier|serviceman|officer|policeman|fighter|militant|rebel|terrorist|jihadist|gunman|insurgent|man|person|journalist|doctor|commander|leader|student|resident';
const SINGULAR_PERSON = new RegExp(`^(?:${SINGULAR_PERSON_WORDS})$`);
/** A singular person noun anywhere in a text: articleCounts finds nothing without one (prefilter.ts uses it too). */
export const SINGULAR_PERSON_IN = new RegExp(`(?<![\\p{L}])(?:${SINGULAR_PERSON_WORDS})(?![\\p{L}])`, 'iu');

export function findDrafts(text: string, dateSpans: ReadonlyArray<{ start: number; end: number }>, groups: readonly GroupSpan[]): Draft[] {
  const drafts: Draft[] = [];
  const singles = articleCounts(text, groups);
  const nums = findNumbers(text);
  for (const s of singles) {
    if (nums.some((n) => n.start <= s.num.start && s.num.start < n.end)) continue;
    drafts.push({ num: s.num, category: s.np.category, noun: s.np.noun, nounEnd: s.np.end, kind: 'noun', inferred: {}, qualifier: 'exact' });
  }
  for (const num of nums) {
    const dNext = dateSpans[lowerBound(dateSpans, num.numStart, 'end')];
    if (dNext && dNext.start < num.numEnd && num.numStart < dNext.end) continue;
    const after = ahead(text, num.end);
    if (YEAR_OLD_RE.test(after) || PERCENT_RE.test(after)) continue;
    if (NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, num.qualStart - 12), num.qualStart))) continue;
    const inferred: Inferred = {};
    if (num.vague) inferred.count = 'vague-quantity';
    else if (num.range) inferred.count = 'range-low';
    const base = { num, inferred, qualifier: num.qualifier };
    const np = readNounPhrase(text, num.end, num.vague, groups);
    if (np) {
      const d: Draft = { num, inferred, qualifier: num.qualifier, category: np.category, noun: np.noun, nounEnd: np.end, kind: 'noun' };
      if (OUTCOME_NOUNS[np.noun]) d.nounOutcome = OUTCOME_NOUNS[np.noun];
      else if (np.outcomeMod) d.nounOutcome = outcomeOf(np.outcomeMod);
      drafts.push(d);
      continue;
    }
    const ell = ELLIPSIS_RE.exec(after);
    if (ell) {
      drafts.push({ ...base, nounEnd: num.end, kind: 'elliptical', found: { outcome: outcomeOf(ell.groups?.out as string), end: num.end + ell[0].length } });
      continue;
    }
    const bare = BARE_OUTCOME_RE.exec(after);
    if (bare && !isActiveObject(after.slice(bare[0].length))) {
      drafts.push({ ...base, nounEnd: num.end, kind: 'bare', found: { outcome: outcomeOf(bare.groups?.out as string), end: num.end + bare[0].length } });
      continue;
    }
    // "30 of them children": a sub-figure of the previous one.
    const ofThem = OF_THEM.exec(after);
    if (ofThem) {
      const sub = readNounPhrase(text, num.end + ofThem[0].length - 1, false, groups);
      if (sub) {
        drafts.push({ ...base, category: sub.category, noun: sub.noun, nounEnd: sub.end, kind: 'of-them' });
        continue;
      }
    }
    // A bare number, kept only if a rule governs it ("killed 12 in Aleppo", "the death toll at 70");
    // "executed 70 of its own members" is a partitive, kept only under an active verb.
    const partitive = PARTITIVE.exec(after);
    if (partitive) {
      const sub = readNounPhrase(text, num.end + partitive[0].length - 1, false, groups);
      drafts.push({ ...base, category: sub?.category, noun: sub?.noun, nounEnd: sub?.end ?? num.end, kind: 'loose', partitive: true });
    } else if (!(/^\d{4}$/.test(text.slice(num.numStart, num.numEnd)) && num.count >= 1900 && num.count <= 2100)) {
      drafts.push({ ...base, nounEnd: num.end, kind: 'loose' });
    }
  }
  return drafts.sort((a, b) => a.num.start - b.num.start);
}
