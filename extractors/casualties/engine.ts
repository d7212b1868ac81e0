// The casualties engine: figures of people killed / wounded / missing / captured in one sentence.
// Candidates come from drafts.ts (a number and what it counts); the ordered rules of rules.ts give
// each its outcome; figures without an outcome are not casualties (armed units, localities…).
// Rule data lives in lexicon.ts; number expressions in numbers.ts (over src/text/numbers.ts).
import type { CasualtyCategory, CasualtyMention, CasualtyOutcome } from './types.js';
import { findDrafts, type Draft } from './drafts.js';
import type { GroupSpan } from './nounphrase.js';
import { COORD_RE, INCLUDING_RE, WINDOW, behind } from './patterns.js';
import { OUTCOME_RULES, type OutcomeRule } from './rules.js';
import { listedCategories } from './includes.js';

/** Others beside the women or children counted are civilians, not necessarily women or children. */
const widen = (c: CasualtyCategory): CasualtyCategory => (c === 'women' || c === 'children' ? 'civilians' : c);
/** A noun that refers back to the victims already counted. */
const ANAPHORIC_NOUN = /^[\s\u00A0]+others?$/iu;

/** A figure found in a sentence: the stored mention's values, with offsets relative to the sentence text. */
export interface Figure extends Pick<CasualtyMention, 'count' | 'low' | 'high' | 'qualifier' | 'outcome' | 'category' | 'rule' | 'inferred' | 'cumulative' | 'includes'> {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** Part of an "including …" list under the figure before. */
  sub?: boolean;
}

export interface SentenceContext {
  /** Offsets (relative to the sentence) that belong to date mentions: numbers there are not figures. */
  dateSpans: ReadonlyArray<{ start: number; end: number }>;
  /** Group mentions of the sentence (relative offsets) with their gazetteer type. */
  groups?: readonly GroupSpan[];
  /** The last figure of the sentence right before, for "wounded 25 others" after "16 civilians were killed.". */
  previous?: { category: CasualtyCategory; outcome: CasualtyOutcome };
}

function resolve(text: string, d: Draft, prev: Draft | undefined, rules: readonly OutcomeRule[]): boolean {
  const before = behind(text, d.num.qualStart);
  const input = { text, d, prev, before, atStart: d.num.qualStart <= WINDOW && before.trim() === '' };
  for (const rule of rules) {
    if (!rule.kinds.includes(d.kind)) continue;
    const r = rule.apply(input);
    if (r === 'veto') return false;
    if (!r) continue;
    d.outcome = r.outcome;
    d.rule = rule.id;
    if (r.outcomeEnd !== undefined) d.outcomeEnd = r.outcomeEnd;
    if (r.sub) d.sub = true;
    if (r.qualifier) d.qualifier = r.qualifier;
    if (r.inferredOutcome) d.inferred.outcome = r.inferredOutcome;
    if (r.cumulative) d.cumulative = true;
    return true;
  }
  return false;
}

export function extractFigures(text: string, ctx: SentenceContext = { dateSpans: [] }, rules: readonly OutcomeRule[] = OUTCOME_RULES): Figure[] {
  const byStart = <T extends { start: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);
  const drafts = findDrafts(text, byStart(ctx.dateSpans), byStart(ctx.groups ?? []));
  const figures: Figure[] = [];
  let prev: Draft | undefined;
  // The figure an ellipsis refers to: the last one not inside an "including" list.
  let head: Draft | undefined;
  for (const d of drafts) {
    if (!resolve(text, d, prev, rules)) continue;
    // a member of an "including" list is not the head figure even when its own verb resolved it:
    // "545 people including 84 children and 35 women have been killed and hundreds more injured"
    if (!d.sub && prev && (INCLUDING_RE.test(behind(text, d.num.qualStart)) || (prev.sub && d.num.qualStart - prev.nounEnd < 40 && COORD_RE.test(text.slice(prev.nounEnd, d.num.qualStart))))) d.sub = true;
    // A qualifier distributes over a coordination: "About 13,000 civilians and 3,500 servicemen".
    if (prev && !d.num.qualifierStated && prev.num.qualifierStated && prev.qualifier !== 'exact' && d.num.qualStart - prev.nounEnd < 40 && COORD_RE.test(text.slice(prev.nounEnd, d.num.qualStart))) {
      d.qualifier = prev.qualifier;
      d.inferred.qualifier = 'coordination';
    }
    // "killed 4 civilians and wounded 25 others": others under another outcome are more of the same
    // victims; under the same outcome ("3 soldiers and 20 others were killed") they are other people
    // (the figure before may close the previous sentence: "16 civilians were killed. … also wounded 25 others")
    const ref = head ?? ctx.previous;
    if (ref?.category && ref.category !== 'people' && ref.outcome !== d.outcome && ANAPHORIC_NOUN.test(text.slice(d.num.numEnd, d.nounEnd))) {
      d.category = widen(ref.category);
      d.inferred.category = 'previous-figure';
    }
    if (!d.category) {
      // "killed eight civilians and wounded 25": a bare number under another outcome verb counts the same people
      if (head?.category && head.category !== 'people' && head.outcome !== d.outcome && d.kind === 'loose' && !d.partitive && d.rule === 'casualties.verb-count-noun') {
        d.category = widen(head.category);
        d.inferred.category = 'previous-figure';
      } else if (head?.category && (d.kind === 'elliptical' || d.rule === 'casualties.count-outcome')) {
        d.category = head.category;
        d.inferred.category = 'previous-figure';
      } else {
        d.category = 'people';
        d.inferred.category = 'unstated';
      }
    }
    prev = d;
    if (!d.sub) head = d;
    const n = d.num;
    const f: Figure = {
      start: n.start,
      end: d.outcomeEnd ?? d.nounEnd,
      numStart: n.numStart,
      numEnd: n.numEnd,
      count: n.count,
      low: n.low,
      high: n.high,
      qualifier: d.qualifier,
      outcome: d.outcome as NonNullable<Draft['outcome']>,
      category: d.category,
      rule: d.rule as string,
    };
    if (d.qualifier !== 'exact' && !n.range && !n.vague) {
      d.inferred.low = `qualifier:${d.qualifier}`;
      d.inferred.high = `qualifier:${d.qualifier}`;
    }
    if (d.cumulative) f.cumulative = true;
    if (d.sub) f.sub = true;
    if (d.category === 'people') {
      const listed = listedCategories(text, f.end, ctx.groups ?? []);
      if (listed) f.includes = listed;
    }
    if (Object.keys(d.inferred).length > 0) f.inferred = d.inferred;
    figures.push(f);
  }
  return figures;
}
