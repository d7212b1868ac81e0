// The ordered outcome rules of the casualties extractor: for each candidate figure (drafts.ts) the
// first rule that matches gives its outcome (or vetoes it: not a figure). Each rule owns its pattern;
// order matters and is the order of this list (checked for duplicate ids by rulesById).
import type { CasualtyOutcome, CasualtyQualifier } from './types.js';
import type { Draft, DraftKind } from './drafts.js';
import { ACTIVE_VERBS, ARMED_OUTCOME_WORDS, TOLL_TRIGGERS } from './lexicon.js';
import { distantOutcome, isActiveObject } from './outcome.js';
import { AMONG_AFTER_RE, CONTIGUOUS_RE, COORD_RE, INCLUDING_RE, LOOSE_FOLLOW_RE, ahead, alt, outcomeOf } from './patterns.js';

export interface RuleInput {
  text: string;
  d: Draft;
  /** The previous resolved figure of the sentence. */
  prev: Draft | undefined;
  /** Up to WINDOW characters before the figure's qualifier. */
  before: string;
  /** The figure opens the sentence. */
  atStart: boolean;
}

export interface Resolution {
  outcome: CasualtyOutcome;
  /** End of the outcome words when they follow the figure contiguously (part of the span). */
  outcomeEnd?: number;
  sub?: boolean;
  qualifier?: CasualtyQualifier;
  inferredOutcome?: string;
  cumulative?: boolean;
}

export interface OutcomeRule {
  id: string;
  description: string;
  /** Draft kinds the rule looks at. */
  kinds: readonly DraftKind[];
  /** A resolution, 'veto' (the number is not a figure, stop), or undefined (try the next rule). */
  apply(x: RuleInput): Resolution | 'veto' | undefined;
}

const ALL: readonly DraftKind[] = ['noun', 'bare', 'elliptical', 'of-them', 'loose'];
const ARMED = new Set(['militants', 'military']);
/** The military idiom ("eliminated 60 terrorists", "80 fighters were destroyed") only counts armed people. */
const armedOk = (phrase: string, d: Draft) => !ARMED_OUTCOME_WORDS.has(phrase) || ARMED.has(d.category ?? '');
const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

// "killing, according to the latest toll, 44 civilians": a source of the count may stand between verb and figure
const ACCORDING_TO_COUNT = '(?:according[\\s\\u00A0]+to[\\s\\u00A0]+(?:[\\p{L}]+[\\s\\u00A0]+){0,3}?(?:toll|count|tally|figures?|estimates?)[\\s\\u00A0]*,?[\\s\\u00A0]+)?';
const ACTIVE_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?<verb>${alt(ACTIVE_VERBS.map((v) => v.phrase))})(?:[\\s\\u00A0]+|[\\s\\u00A0]*,[\\s\\u00A0]+(?=according))${ACCORDING_TO_COUNT}(?:(?:all|all\\s+the|the|another)[\\s\\u00A0]+)?$`, 'iu');
const TOLL_VERBS = 'at|to|of|reached|reaching|hit|is|was|stands|stood|stand|climbed|rose|risen|exceeded|exceeding|passed|topped|totalled|totaled|numbered|now';
/** A toll trigger, a short stretch without a full stop, then a verb right before the figure. */
const TOLL_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?<trigger>${alt(TOLL_TRIGGERS)}|number\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:killed|dead|deaths|victims|fatalities|martyrs|wounded|injured))(?![\\p{L}])(?<mid>[^.;:!?]{0,80}?)(?<![\\p{L}])(?<verb>${TOLL_VERBS})[\\s\\u00A0]+$`,
  'iu',
);
/** Words of a running total: the toll "rose to", "bringing/brought … to", "so far", "in total". */
const RUNNING_RE = /(?<![\p{L}])(?:rose|risen|rising|climbed|climbing|increased|jumped|mounted|reached|reaching|bringing|brought|raising|raised|pushing|total|tally|so\s+far|overall|now|cumulative)(?![\p{L}])/iu;
/** "bringing to 45 the number killed". */
const TOLL_AFTER_RE = /^[\s\u00A0]+the[\s\u00A0]+(?:death[\s\u00A0]+toll|toll|number[\s\u00A0]+(?:of[\s\u00A0]+)?(?:dead|killed|deaths|people[\s\u00A0]+killed|victims))(?![\p{L}])/iu;
const AMONG_BEFORE_RE = /(?<![\p{L}])(?:among[\s\u00A0]+(?:the[\s\u00A0]+)?(?:dead|victims|fatalities|martyrs|those\s+killed)[\s\u00A0]+(?:were|was|are|is)|(?:the[\s\u00A0]+)?(?:dead|victims|fatalities)[\s\u00A0]+(?:included|include|includes|were|are))[\s\u00A0]+$/iu;
const LIST_OPEN_RE = /^[\s\u00A0]*(?:as[\s\u00A0]+follows[\s\u00A0]*)?:[\s\u00A0]*$/iu;
const LIST_NEXT_RE = /^[\s\u00A0]*[,;]?[\s\u00A0]*(?:and[\s\u00A0]+)?$/iu;
const amongOutcome = (what: string): CasualtyOutcome => (/wounded|injured/i.test(what) ? 'wounded' : 'killed');

export const OUTCOME_RULES: readonly OutcomeRule[] = [
  {
    id: 'casualties.count-noun-verb',
    description: 'outcome words right after the counted noun: "63 civilians were killed", "17 civilians dead", "80 fighters were destroyed"',
    kinds: ['noun'],
    apply({ text, d }) {
      const m = CONTIGUOUS_RE.exec(ahead(text, d.nounEnd));
      if (!m) return undefined;
      const out = fold(m.groups?.out as string);
      if (!armedOk(out, d)) return undefined;
      // "3 soldiers killed 10 militants": the figure is the agent. Civilians, children and women are
      // not read as agents, and "4 killed 4 wounded" (a list) is not an object.
      const agent = !m.groups?.aux && !['civilians', 'children', 'women'].includes(d.category as string) && isActiveObject(ahead(text, d.nounEnd + m[0].length));
      return agent ? undefined : { outcome: outcomeOf(out), outcomeEnd: d.nounEnd + m[0].length };
    },
  },
  {
    id: 'casualties.outcome-noun',
    description: 'the noun states the outcome: "70 deaths", "12 martyrs", "scores of bodies"',
    kinds: ['noun'],
    apply: ({ d }) => (d.nounOutcome ? { outcome: d.nounOutcome } : undefined),
  },
  {
    id: 'casualties.among-dead',
    description: '"Seven children were among the dead", "6 children among 19 dead"',
    kinds: ['noun'],
    apply({ text, d }) {
      const m = AMONG_AFTER_RE.exec(ahead(text, d.nounEnd));
      return m ? { outcome: amongOutcome(m.groups?.what as string) } : undefined;
    },
  },
  {
    id: 'casualties.elliptical',
    description: 'a figure without a noun before its outcome: "252 more were wounded", "Another 11 were killed"',
    kinds: ['elliptical'],
    apply: ({ d }) => (d.found ? { outcome: d.found.outcome, outcomeEnd: d.found.end } : undefined),
  },
  {
    id: 'casualties.count-outcome',
    description: 'bare figure and outcome: "70 dead", "45 injured", "dozens wounded"',
    kinds: ['bare'],
    apply: ({ d }) => (d.found ? { outcome: d.found.outcome, outcomeEnd: d.found.end } : undefined),
  },
  {
    id: 'casualties.including-of-them',
    description: '"86, 30 of them children": a sub-figure takes the previous figure\'s outcome',
    kinds: ['of-them'],
    apply: ({ prev }) => (prev?.outcome ? { outcome: prev.outcome, sub: true } : undefined),
  },
  {
    id: 'casualties.partitive-verb',
    description: 'a partitive with its own outcome: "At least 22 of the jihadists were killed", "Fourteen of the victims died"',
    kinds: ['loose'],
    apply({ text, d }) {
      if (!d.partitive || !d.category || d.nounEnd === d.num.end) return undefined;
      const m = CONTIGUOUS_RE.exec(ahead(text, d.nounEnd));
      if (!m || m.groups?.aux === undefined && !/(?:died|perished|killed|wounded|injured)$/i.test(m[0])) return undefined;
      return { outcome: outcomeOf(m.groups?.out as string), outcomeEnd: d.nounEnd + m[0].length };
    },
  },
  {
    id: 'casualties.not-an-object',
    description: 'a bare number under an active verb followed by another noun is not people ("captured 12 villages"); a partitive needs an active verb',
    kinds: ['loose'],
    apply({ text, d, before }) {
      const act = ACTIVE_BEFORE_RE.test(before);
      if (d.partitive && !act) return 'veto';
      if (act && !d.partitive && !LOOSE_FOLLOW_RE.test(ahead(text, d.num.end))) return 'veto';
      return undefined;
    },
  },
  {
    id: 'casualties.among-dead-before',
    description: '"Among the dead were 22 children", "the victims included 5 women"',
    kinds: ALL,
    apply: ({ before }) => (AMONG_BEFORE_RE.test(before) ? { outcome: 'killed' } : undefined),
  },
  {
    id: 'casualties.verb-count-noun',
    description: 'active verb right before: "killing at least 12 civilians", "claimed the lives of 129 loyalists", "eliminated over 60 terrorists", "killing all five people"',
    kinds: ALL,
    apply({ d, before }) {
      const m = ACTIVE_BEFORE_RE.exec(before);
      if (!m) return undefined;
      const phrase = fold(m.groups?.verb as string);
      const verb = ACTIVE_VERBS.find((v) => v.phrase === phrase);
      if (!verb || !armedOk(phrase, d) || (verb.nounOnly && d.kind !== 'noun')) return undefined;
      return { outcome: verb.outcome };
    },
  },
  {
    id: 'casualties.toll',
    description: 'a death-toll or losses trigger before: "the death toll rose to 70", "Losses … stand at 153 servicemen", "bringing the number of civilians killed to 18"',
    kinds: ALL,
    apply({ d, before }) {
      const m = TOLL_BEFORE_RE.exec(before);
      if (!m) return undefined;
      const r: Resolution = { outcome: /wounded|injured/i.test(m.groups?.trigger as string) ? 'wounded' : 'killed' };
      if (fold(m.groups?.trigger as string) === 'losses') r.inferredOutcome = 'losses-read-as-deaths';
      const verb = (m.groups?.verb as string).toLowerCase();
      if (!d.num.qualifierStated && /^(?:exceeded|exceeding|passed|topped)$/.test(verb)) r.qualifier = 'more_than';
      if (RUNNING_RE.test(`${m.groups?.mid} ${verb} ${before.slice(0, m.index)}`.slice(-120))) r.cumulative = true;
      return r;
    },
  },
  {
    id: 'casualties.toll-after',
    description: '"bringing to 45 the number killed", "brought to 49 the number killed in Eastern Ghouta"',
    kinds: ['loose'],
    apply: ({ text, d }) => (TOLL_AFTER_RE.test(ahead(text, d.num.end)) ? { outcome: 'killed', cumulative: true } : undefined),
  },
  {
    id: 'casualties.including',
    description: '"…, including 25 children" takes the head figure\'s outcome',
    kinds: ['noun', 'bare', 'elliptical', 'of-them'],
    apply: ({ prev, before }) => (prev?.outcome && INCLUDING_RE.test(before) ? { outcome: prev.outcome, sub: true } : undefined),
  },
  {
    id: 'casualties.colon-list',
    description: '"has reached 236 individuals as follows: 82 armed opposition gunmen 154 civilians": the items of a list after a figure take its outcome',
    kinds: ['noun'],
    apply({ text, d, prev }) {
      if (!prev?.outcome) return undefined;
      const gap = text.slice(prev.outcomeEnd ?? prev.nounEnd, d.num.qualStart);
      const first = LIST_OPEN_RE.test(gap);
      const next = prev.rule === 'casualties.colon-list' && LIST_NEXT_RE.test(gap);
      return first || next ? { outcome: prev.outcome, sub: true } : undefined;
    },
  },
  {
    id: 'casualties.count-noun-distant-verb',
    description: 'a later passive or intransitive verb of the same clause: "3,500 servicemen of Syria\'s government army were killed"',
    kinds: ['noun'],
    apply({ text, d }) {
      const o = distantOutcome(text, d.nounEnd);
      return o ? { outcome: o } : undefined;
    },
  },
  {
    id: 'casualties.count-distant-verb',
    description: 'a bare number as the sentence\'s subject: "At least 74, including eight Americans, were killed"',
    kinds: ['loose'],
    apply({ text, d, atStart }) {
      if (d.partitive || !atStart || !/^[\s\u00A0]*,/.test(ahead(text, d.num.end))) return undefined;
      const o = distantOutcome(text, d.nounEnd);
      return o ? { outcome: o } : undefined;
    },
  },
  {
    id: 'casualties.coordination',
    description: '"killed 15 civilians and 27 fighters": shares an outcome stated before the first figure (not one that follows it: "3 were killed and 20 others suffered …")',
    kinds: ['noun'],
    apply({ text, d, prev }) {
      if (!prev?.outcome || prev.outcomeEnd !== undefined || prev.rule === 'casualties.count-noun-distant-verb' || prev.kind === 'loose') return undefined;
      if (d.num.qualStart - prev.nounEnd >= 40 || !COORD_RE.test(text.slice(prev.nounEnd, d.num.qualStart))) return undefined;
      return { outcome: prev.outcome, sub: prev.sub };
    },
  },
];

/** The rules by id; throws on a duplicate id (rule order is data, and ids are what CI diffs name). */
export function rulesById(rules: readonly OutcomeRule[]): Map<string, OutcomeRule> {
  const byId = new Map<string, OutcomeRule>();
  for (const r of rules) {
    if (byId.has(r.id)) throw new Error(`duplicate casualties rule id: ${r.id}`);
    byId.set(r.id, r);
  }
  return byId;
}
rulesById(OUTCOME_RULES);
