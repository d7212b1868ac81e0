// The casualties engine: finds figures of people killed / wounded / missing / captured in one
// sentence. Rule data lives in lexicon.ts; number expressions in numbers.ts.
//
// A figure = a number expression + what is counted (category noun, or an ellipsis "252 more") +
// an outcome. Outcomes are found, in order, by:
//   casualties.count-noun-verb        outcome right after the noun ("63 civilians were killed")
//   casualties.outcome-noun           the noun states it ("70 deaths", "12 martyrs")
//   casualties.verb-count-noun        active verb right before ("killing 12 civilians")
//   casualties.toll                   death-toll / losses trigger ("the death toll rose to 70")
//   casualties.including              "…, including 5 children" takes the head figure's outcome
//   casualties.count-noun-distant-verb a later passive in the same clause ("3,500 servicemen of the army were killed")
//   casualties.count-distant-verb     the same for a bare subject number ("At least 74, including …, were killed")
//   casualties.coordination           "X and Y" where X has an outcome
//   casualties.count-outcome          bare figure + outcome ("70 dead", "12 killed")
//   casualties.elliptical             "252 more were wounded", "5 of them were killed"
// Figures without an outcome are not casualties (armed units, localities, violations…).
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import type { Inferred } from '../../src/types.js';
import type { CasualtyCategory, CasualtyMention, CasualtyOutcome, CasualtyQualifier } from './types.js';
import {
  ACTIVE_VERBS,
  ARMED_ADJECTIVES,
  ARMED_NEUTRAL_NOUNS,
  NEUTRAL_DEFAULTS,
  CATEGORY_ADJECTIVES,
  CATEGORY_NOUNS,
  CATEGORY_PHRASES,
  CLAUSE_BREAKERS,
  FINITE_OUTCOMES,
  NOT_MODIFIERS,
  OUTCOME_NOUNS,
  OUTCOME_WORDS,
  SCALES,
  TENS,
  TOLL_TRIGGERS,
  UNITS,
} from './lexicon.js';
import { findNumbers, type NumberExpr } from './numbers.js';

/** A figure found in a sentence: the stored mention's values, with offsets relative to the sentence text. */
export interface Figure extends Pick<CasualtyMention, 'count' | 'low' | 'high' | 'qualifier' | 'outcome' | 'category' | 'rule' | 'inferred'> {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
}

interface Draft {
  num: NumberExpr;
  category?: CasualtyCategory;
  /** End of the counted noun phrase (or of the number for bare figures). */
  nounEnd: number;
  /** The noun itself states the outcome. */
  nounOutcome?: CasualtyOutcome;
  kind: 'noun' | 'bare' | 'elliptical' | 'of-them' | 'loose';
  outcome?: CasualtyOutcome;
  outcomeEnd?: number;
  rule?: string;
  inferred: Inferred;
  qualifier: CasualtyQualifier;
  /** Part of an "including …" list under a head figure. */
  sub?: boolean;
  /** "70 of its members": only an active verb before it makes it a figure. */
  partitive?: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (xs: readonly string[]) => [...xs].sort(byLength).map(esc).join('|');

const OUTCOME_ALT = alt(OUTCOME_WORDS.map((o) => o.phrase));
const AUX = '(?:(?:are|were|is|was)\\s+(?:estimated|believed|thought|reported|said|feared|known|understood)\\s+to\\s+have\\s+been|(?:may|might|could|would|will|must|are\\s+believed\\s+to|were\\s+believed\\s+to)\\s+(?:have\\s+)?been|were|was|are|is|have\\s+been|has\\s+been|had\\s+been|being|been|got|get)';
const ADV = '(?:[\\p{L}]+ly|recorded|documented|reportedly|allegedly|also|all|later|subsequently|confirmed|found|left|now|already|either|just|then|mostly|reported|seriously|critically|fatally|lightly|badly|severely)';
const CONTIGUOUS_RE = new RegExp(`^[\\s\\u00A0]+(?:(?<aux>${AUX}[\\s\\u00A0]+)|(?:have|has|had)[\\s\\u00A0]+)?(?:${ADV}[\\s\\u00A0]+){0,2}(?<out>${OUTCOME_ALT})(?![\\p{L}])`, 'iu');
const AUX_OUTCOME_RE = new RegExp(`^${AUX}[\\s\\u00A0]+(?:${ADV}[\\s\\u00A0]+){0,2}(?<out>${OUTCOME_ALT})(?![\\p{L}])`, 'iu');
const AUX_RE = new RegExp(`(?<![\\p{L}])(?:were|was|are|is|have|has|had|being|got|may|might|could|would|will|must)(?![\\p{L}])`, 'iu');
const FINITE_RE = new RegExp(`(?<![\\p{L}])(?:${alt([...FINITE_OUTCOMES])})(?![\\p{L}])`, 'iu');
const ACTIVE_OBJECT_RE = new RegExp(`^[\\s\\u00A0]+(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+)?(?:\\d|(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')}|the|a|an|his|her|their|its|dozens|several|many|scores|hundreds)(?![\\p{L}]))`, 'iu');
const ACTIVE_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?<verb>${alt(ACTIVE_VERBS.map((v) => v.phrase))})[\\s\\u00A0]+$`, 'iu');
const TOLL_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?<trigger>${alt(TOLL_TRIGGERS)})(?![\\p{L}])[^.;:!?]{0,80}?(?<![\\p{L}])(?<verb>at|to|of|reached|reaching|hit|is|was|stands|stood|stand|climbed|rose|risen|exceeded|exceeding|passed|topped|totalled|totaled|numbered|now)[\\s\\u00A0]+$`,
  'iu',
);
const INCLUDING_RE = /(?<![\p{L}])(?:including|included|include|includes|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+dead|among\s+the\s+victims)[\s\u00A0]*[:,]?[\s\u00A0]*$/iu;
const COORD_RE = /^[\s\u00A0]*(?:,|and|or|, and|as well as|along with|plus|in addition to)?[\s\u00A0]*$/iu;
/** "… were among the dead", "among 19 dead", "among those killed". */
const AMONG_AFTER_RE = /^[\s\u00A0]+(?:(?:were|was|are|is)[\s\u00A0]+)?(?:(?:also|identified|listed|counted|reported|recorded)[\s\u00A0]+)?among[\s\u00A0]+(?:the[\s\u00A0]+|those[\s\u00A0]+|them[\s\u00A0]+)?(?:[\d,]+[\s\u00A0]+)?(?:people[\s\u00A0]+)?(?<what>dead|killed|victims|fatalities|people\s+killed|wounded|injured)(?![\p{L}])/iu;
const AMONG_BEFORE_RE = /(?<![\p{L}])(?:among[\s\u00A0]+(?:the[\s\u00A0]+)?(?:dead|victims|fatalities|those\s+killed)[\s\u00A0]+(?:were|was|are|is)|(?:the[\s\u00A0]+)?(?:dead|victims|fatalities)[\s\u00A0]+(?:included|include|includes|were|are))[\s\u00A0]+$/iu;
/** "bringing to 45 the number killed". */
const TOLL_AFTER_RE = /^[\s\u00A0]+the[\s\u00A0]+(?:death[\s\u00A0]+toll|toll|number[\s\u00A0]+(?:of[\s\u00A0]+)?(?:dead|killed|deaths|people[\s\u00A0]+killed))(?![\p{L}])/iu;
const ELLIPSIS_RE = new RegExp(`^[\\s\\u00A0]+(?<marker>more|others|other|of\\s+them|of\\s+whom|of\\s+those)?[\\s\\u00A0]*(?<aux>${AUX}[\\s\\u00A0]+)(?:${ADV}[\\s\\u00A0]+){0,2}(?<out>${OUTCOME_ALT})(?![\\p{L}])`, 'iu');
const BARE_OUTCOME_RE = /^[\s\u00A0]+(?<out>killed|dead|died|wounded|injured|missing|hurt|martyred)(?![\p{L}])/iu;
const YEAR_OLD_RE = /^[\s\u00A0]*-?[\s\u00A0]*(?:year|month|week|day|hour|minute|km|kilometre|kilometer|mile|metre|meter)s?\b/iu;
const LOOSE_FOLLOW_RE = /^(?:[\s\u00A0]*(?:[,.;:)"”'’\-–—]|$)|[\s\u00A0]+(?:[\p{Lu}]|(?:in|on|at|near|during|and|or|including|when|while|after|before|across|inside|since|so|this|last|yesterday|today|overnight|as|with|by|from|over|for|the|a|an|more|others|people|but|according|among|of)(?![\p{L}])))/u;
const PERCENT_RE = /^[\s\u00A0]*(?:%|percent|per\s+cent)/iu;

const NOUN_TO_CATEGORY = new Map<string, CasualtyCategory>();
for (const [cat, nouns] of Object.entries(CATEGORY_NOUNS) as Array<[CasualtyCategory, readonly string[]]>) {
  for (const n of nouns) NOUN_TO_CATEGORY.set(n, cat);
}
for (const p of CATEGORY_PHRASES) NOUN_TO_CATEGORY.set(p.phrase, p.category);
const MULTIWORD = [...NOUN_TO_CATEGORY.keys()].filter((k) => k.includes(' ')).sort(byLength);
const LONG_NOUNS = [...NOUN_TO_CATEGORY.keys()].filter((k) => !k.includes(' ') && k.length >= 8);
const OUTCOME_WORD_SET = new Set(OUTCOME_WORDS.map((o) => o.phrase));
const NUMBER_WORD_SET = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)]);
const BREAKER_RE = new RegExp(`[;:!?()\\[\\]"“”]|\\.(?:\\s|$)|(?<![\\p{L}])(?:${CLAUSE_BREAKERS.join('|')})(?![\\p{L}])`, 'iu');
const FOLLOWER_OK = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'and', 'or', 'in', 'on', 'at', 'from', 'by', 'during', 'near', 'who', 'after', 'when', 'as', 'including', 'with', 'since', 'while', 'of', 'to', 'across', 'inside', 'for', 'over', 'this', 'last', 'yesterday', 'today', 'but', 'may', 'might', 'could', 'would', 'will', 'must', 'reportedly', 'allegedly', 'also', 'died', 'perished', 'lost', 'got']);

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'personnel', 'dead', 'militiamen', 'servicemen', 'gunmen', 'policemen', 'servicewomen', 'troops']);
const isSingular = (noun: string) => !noun.endsWith('s') && !IRREGULAR_PLURALS.has(noun);

/** Right and left context windows: every rule looks at most this far, so long inputs stay linear. */
const WINDOW = 240;
const ahead = (text: string, pos: number) => text.slice(pos, pos + WINDOW);
const behind = (text: string, pos: number) => text.slice(Math.max(0, pos - WINDOW), pos);

function outcomeOf(phrase: string): CasualtyOutcome {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  return OUTCOME_WORDS.find((o) => o.phrase === p)?.outcome ?? 'killed';
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Up to `n` words right after `pos`, stopping at punctuation other than hyphens/apostrophes. */
function wordsAfter(text: string, pos: number, n: number): Word[] {
  const re = /[\s\u00A0]+([\p{L}][\p{L}'’\-]*)/uy;
  const out: Word[] = [];
  re.lastIndex = pos;
  let m: RegExpExecArray | null;
  while (out.length < n && (m = re.exec(text)) !== null) {
    const w = m[1] as string;
    const start = m.index + m[0].length - w.length;
    out.push({ text: w, lower: w.toLowerCase().replace(/’/g, "'"), start, end: start + w.length });
  }
  return out;
}

function nounCategory(lower: string): CasualtyCategory | undefined {
  const c = NOUN_TO_CATEGORY.get(lower);
  if (c) return c;
  if (lower.length >= 10) {
    // Typos of long nouns ("servicement", "civillians"); shorter words are too close to other
    // nouns ("villages" / "villagers").
    const hit = LONG_NOUNS.find((n) => Math.abs(n.length - lower.length) <= 1 && DamerauLevenshteinDistance(n, lower, { restricted: true }) <= 1);
    if (hit) return NOUN_TO_CATEGORY.get(hit);
  }
  return undefined;
}

/** The counted noun phrase after a number: up to 3 modifiers then a category noun. */
const GROUP_TYPE_CATEGORY: Readonly<Record<string, CasualtyCategory>> = {
  'armed-group': 'militants',
  'terrorist-organization': 'militants',
  coalition: 'militants',
  'armed-forces': 'military',
  'military-body': 'military',
  'military-coalition': 'military',
};

function readNounPhrase(
  text: string,
  pos: number,
  vague: boolean,
  groups: SentenceContext['groups'] = [],
): { category: CasualtyCategory; end: number; noun: string; typo: boolean } | undefined {
  let from = pos;
  if (vague) {
    const of = /^[\s\u00A0]+of(?:[\s\u00A0]+the)?(?=[\s\u00A0])/iu.exec(ahead(text, pos));
    if (of) from = pos + of[0].length;
  }
  const words = wordsAfter(text, from, 6);
  const mods: Word[] = [];
  for (let j = 0; j < words.length && j < 5; j++) {
    const w = words[j] as Word;
    // Multi-word nouns first ("women and children", "security forces").
    const rest = text.slice(w.start, w.start + 40).toLowerCase().replace(/[\s\u00A0]+/g, ' ');
    const multi = MULTIWORD.find((p) => rest.startsWith(p) && !/[\p{L}]/u.test(rest.charAt(p.length)));
    let category: CasualtyCategory | undefined;
    let end = w.end;
    let noun = w.lower;
    if (multi) {
      category = NOUN_TO_CATEGORY.get(multi);
      // The end on the original text (whitespace may differ from the folded `rest`).
      const re = new RegExp(esc(multi), 'iuy');
      re.lastIndex = w.start;
      const mm = re.exec(text);
      end = mm ? w.start + mm[0].length : w.start + multi.length;
      noun = multi;
    } else {
      const bare = w.lower.replace(/'s$/, '');
      category = nounCategory(bare);
      if (category && w.lower.endsWith("'s")) end = w.end - 2;
      noun = bare;
    }
    if (category) {
      const next = words[j + 1];
      const gap = next ? text.slice(end, next.start) : '';
      const nextIsNoun = next !== undefined && /^[\s\u00A0]+$/.test(gap) && !FOLLOWER_OK.has(next.lower) && !OUTCOME_WORD_SET.has(next.lower) && !NUMBER_WORD_SET.has(next.lower) && !/^[\p{Lu}]/u.test(next.text);
      // A singular noun followed by another noun is a modifier ("civilian deaths", "child soldiers").
      if (!multi && nextIsNoun && j < 3 && (NOUN_TO_CATEGORY.has(next.lower) || isSingular(noun))) {
        mods.push(w);
        continue;
      }
      if (category === 'people') {
        const adj = mods.map((m) => CATEGORY_ADJECTIVES[m.lower]).find((c) => c !== undefined);
        if (adj) category = adj;
        else if (ARMED_NEUTRAL_NOUNS.has(noun)) {
          // Side from a modifier, a group name before the noun, or "members of <group>".
          const byMod = mods.map((m) => ARMED_ADJECTIVES[m.lower]).find((c) => c !== undefined);
          const gi = lowerBound(groups, pos);
          const gNext = groups[gi];
          const groupBefore = gNext && gNext.end <= w.start ? gNext : undefined;
          const of = /^[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?/iu.exec(ahead(text, end));
          const gAfter = of ? groups[lowerBound(groups, end + of[0].length)] : undefined;
          const groupAfter = gAfter && of && gAfter.start === end + of[0].length ? gAfter : undefined;
          const nounAfter = of && !groupAfter ? readNounPhrase(text, end + of[0].length - 1, false, groups) : undefined;
          const fromGroup = (g: { type: string } | undefined) => (g ? GROUP_TYPE_CATEGORY[g.type] : undefined);
          category =
            byMod ?? fromGroup(groupBefore) ?? fromGroup(groupAfter) ??
            (nounAfter && nounAfter.category !== 'people' ? nounAfter.category : undefined) ?? NEUTRAL_DEFAULTS[noun] ?? 'people';
        }
      }
      return { category, end, noun, typo: !multi && !NOUN_TO_CATEGORY.has(noun) };
    }
    const joiner = (w.lower === 'and' || w.lower === 'or') && mods.length > 0 && words[j + 1] !== undefined && !NUMBER_WORD_SET.has((words[j + 1] as Word).lower);
    if (joiner) {
      mods.push(w);
      continue;
    }
    if ((NOT_MODIFIERS.has(w.lower) && !/^[\p{Lu}]{2,}$/u.test(w.text)) || OUTCOME_WORD_SET.has(w.lower) || NUMBER_WORD_SET.has(w.lower) || w.lower.length < 2) return undefined;
    if (j > 0 && !/^[\s\u00A0]+$/.test(text.slice((words[j - 1] as Word).end, w.start))) return undefined;
    mods.push(w);
  }
  return undefined;
}

/** Scan right from `pos` to the clause's outcome verb: the first auxiliary decides. */
function distantOutcome(text: string, pos: number): CasualtyOutcome | undefined {
  let rest = ahead(text, pos);
  const brk = BREAKER_RE.exec(rest);
  if (brk) rest = rest.slice(0, brk.index);
  const words = rest.split(/[\s\u00A0]+/).filter(Boolean);
  if (words.length > 18) rest = words.slice(0, 18).join(' ');
  const aux = AUX_RE.exec(rest);
  const fin = FINITE_RE.exec(rest);
  if (fin && (!aux || fin.index <= aux.index + aux[0].length + 1)) return outcomeOf(fin[0]);
  if (!aux) return undefined;
  const m = AUX_OUTCOME_RE.exec(rest.slice(aux.index));
  if (m) return outcomeOf(m.groups?.out as string);
  const among = AMONG_AFTER_RE.exec(' ' + rest.slice(aux.index));
  if (among) return /wounded|injured/i.test(among.groups?.what as string) ? 'wounded' : 'killed';
  return undefined;
}

function isActiveObject(after: string): boolean {
  const m = ACTIVE_OBJECT_RE.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length).replace(/^[\d,.]*[\p{L}]*/u, '');
  return !BARE_OUTCOME_RE.test(rest);
}

export interface SentenceContext {
  /** Offsets (relative to the sentence) that belong to date mentions: numbers there are not figures. */
  dateSpans: ReadonlyArray<{ start: number; end: number }>;
  /** Group mentions of the sentence (relative offsets) with their gazetteer type. */
  groups?: ReadonlyArray<{ start: number; end: number; type: string }>;
}

/** First index whose `key` (start by default) is ≥ pos / > pos for `end`; spans sorted by start. */
function lowerBound<T extends { start: number; end: number }>(xs: readonly T[], pos: number, key: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = xs[mid] as T;
    if (key === 'start' ? x.start < pos : x.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function extractFigures(text: string, ctx: SentenceContext = { dateSpans: [] }): Figure[] {
  const drafts: Draft[] = [];
  const byStart = <T extends { start: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);
  const dateSpans = byStart(ctx.dateSpans);
  const groups = byStart(ctx.groups ?? []);
  for (const num of findNumbers(text)) {
    const di = lowerBound(dateSpans, num.numStart, 'end');
    const dNext = dateSpans[di];
    if (dNext && dNext.start < num.numEnd && num.numStart < dNext.end) continue;
    const after = ahead(text, num.end);
    if (YEAR_OLD_RE.test(after) || PERCENT_RE.test(after)) continue;
    const before = text.slice(Math.max(0, num.qualStart - 12), num.qualStart);
    if (/(?<![\p{L}])(?:no|aged|age|ages|resolution|number|no\.)[\s\u00A0]*$/iu.test(before)) continue;
    const inferred: Inferred = {};
    if (num.vague) inferred.count = 'vague-quantity';
    else if (num.range) inferred.count = 'range-low';
    const np = readNounPhrase(text, num.end, num.vague, groups);
    if (np) {
      const d: Draft = { num, category: np.category, nounEnd: np.end, kind: 'noun', inferred, qualifier: num.qualifier };
      if (OUTCOME_NOUNS[np.noun]) d.nounOutcome = OUTCOME_NOUNS[np.noun];
      drafts.push(d);
      continue;
    }
    const ell = ELLIPSIS_RE.exec(after);
    if (ell) {
      drafts.push({ num, nounEnd: num.end, kind: 'elliptical', outcome: outcomeOf(ell.groups?.out as string), outcomeEnd: num.end + ell[0].length, rule: 'casualties.elliptical', inferred, qualifier: num.qualifier });
      continue;
    }
    const bare = BARE_OUTCOME_RE.exec(after);
    if (bare && !isActiveObject(after.slice(bare[0].length))) {
      drafts.push({ num, nounEnd: num.end, kind: 'bare', outcome: outcomeOf(bare.groups?.out as string), outcomeEnd: num.end + bare[0].length, rule: 'casualties.count-outcome', inferred, qualifier: num.qualifier });
      continue;
    }
    // "30 of them children": a sub-figure of the previous one.
    const ofThem = /^[\s\u00A0]+of[\s\u00A0]+(?:them|whom)[\s\u00A0]+(?:(?:were|was|are)[\s\u00A0]+)?/iu.exec(after);
    if (ofThem) {
      const sub = readNounPhrase(text, num.end + ofThem[0].length - 1, false, groups);
      if (sub) {
        drafts.push({ num, category: sub.category, nounEnd: sub.end, kind: 'of-them', inferred, qualifier: num.qualifier });
        continue;
      }
    }
    // A bare number, kept only if an active verb or a toll trigger governs it ("killed 12 in Aleppo",
    // "the death toll at 70"). Bare years are never figures.
    // "executed 70 of its own members": a partitive, kept only under an active verb ("one of the
    // highest tolls" is not a figure).
    const partitive = /^[\s\u00A0]+of[\s\u00A0]+(?:(?:the|its|their|his|her|them|those|these)[\s\u00A0]+)?(?:own[\s\u00A0]+)?/iu.exec(after);
    if (partitive) {
      const sub = readNounPhrase(text, num.end + partitive[0].length - 1, false, groups);
      drafts.push({ num, category: sub?.category, nounEnd: sub?.end ?? num.end, kind: 'loose', partitive: true, inferred, qualifier: num.qualifier });
    } else if (!(/^\d{4}$/.test(text.slice(num.numStart, num.numEnd)) && num.count >= 1900 && num.count <= 2100)) {
      drafts.push({ num, nounEnd: num.end, kind: 'loose', inferred, qualifier: num.qualifier });
    }
  }

  const figures: Figure[] = [];
  const resolved: Draft[] = [];
  let lastHead: Draft | undefined;
  for (const d of drafts) {
    const before = behind(text, d.num.qualStart);
    const atStart = d.num.qualStart <= WINDOW && before.trim() === '';
    const prev = resolved[resolved.length - 1];
    // The figure an ellipsis refers to: the last one not inside an "including" list.
    const head = lastHead;
    if (d.kind === 'noun') {
      const contiguous = CONTIGUOUS_RE.exec(ahead(text, d.nounEnd));
      // "3 soldiers killed 10 militants": the figure is the agent. Civilians, children and women are
      // not read as agents, and "4 killed 4 wounded" (a list) is not an object.
      const active =
        contiguous && !contiguous.groups?.aux && !['civilians', 'children', 'women'].includes(d.category as string) &&
        isActiveObject(ahead(text, d.nounEnd + contiguous[0].length));
      if (contiguous && !active) {
        d.outcome = outcomeOf(contiguous.groups?.out as string);
        d.outcomeEnd = d.nounEnd + contiguous[0].length;
        d.rule = 'casualties.count-noun-verb';
      } else if (d.nounOutcome) {
        d.outcome = d.nounOutcome;
        d.rule = 'casualties.outcome-noun';
      } else {
        const among = AMONG_AFTER_RE.exec(ahead(text, d.nounEnd));
        if (among) {
          d.outcome = /wounded|injured/i.test(among.groups?.what as string) ? 'wounded' : 'killed';
          d.rule = 'casualties.among-dead';
        }
      }
    }
    if (d.kind === 'of-them' && prev?.outcome) {
      d.outcome = prev.outcome;
      d.rule = 'casualties.including';
      d.sub = true;
    }
    if (!d.outcome) {
      const act = ACTIVE_BEFORE_RE.exec(before);
      const toll = TOLL_BEFORE_RE.exec(before);
      const incl = INCLUDING_RE.exec(before);
      const amongBefore = AMONG_BEFORE_RE.exec(before);
      const tollAfter = d.kind === 'loose' ? TOLL_AFTER_RE.exec(ahead(text, d.num.end)) : null;
      // A bare number under an active verb must not be followed by some other (lower-case) noun:
      // "captured 12 villages" is territory, "killed 12 in Aleppo" / "Kills 47 In" are people.
      const looseObject = d.kind === 'loose' && !d.partitive && !LOOSE_FOLLOW_RE.test(ahead(text, d.num.end));
      if ((d.partitive && !act) || (act && looseObject)) {
        // nothing: not a figure
      } else if (amongBefore) {
        d.outcome = 'killed';
        d.rule = 'casualties.among-dead';
      } else if (act) {
        const phrase = (act.groups?.verb as string).toLowerCase().replace(/\s+/g, ' ');
        d.outcome = ACTIVE_VERBS.find((v) => v.phrase === phrase)?.outcome ?? 'killed';
        d.rule = 'casualties.verb-count-noun';
      } else if (toll) {
        d.outcome = 'killed';
        d.rule = 'casualties.toll';
        const trig = (toll.groups?.trigger as string).toLowerCase();
        if (trig === 'losses') d.inferred.outcome = 'losses-read-as-deaths';
        const verb = (toll.groups?.verb as string).toLowerCase();
        if (!d.num.qualifierStated && /^(?:exceeded|exceeding|passed|topped)$/.test(verb)) {
          d.qualifier = 'more_than';
        }
      } else if (tollAfter) {
        d.outcome = 'killed';
        d.rule = 'casualties.toll';
      } else if (incl && prev?.outcome && d.kind !== 'loose') {
        d.outcome = prev.outcome;
        d.rule = 'casualties.including';
        d.sub = true;
      } else if (d.kind === 'noun' || (d.kind === 'loose' && !d.partitive && atStart && /^[\s\u00A0]*,/.test(ahead(text, d.num.end)))) {
        // A noun figure, or a bare number as the sentence's subject ("At least 74, including eight
        // Americans, were killed").
        const o = distantOutcome(text, d.nounEnd);
        if (o) {
          d.outcome = o;
          d.rule = d.kind === 'loose' ? 'casualties.count-distant-verb' : 'casualties.count-noun-distant-verb';
        }
      }
    }
    // Coordination shares an outcome stated before the first figure ("killed 15 civilians and 27
    // fighters"); a figure whose outcome follows it ("3 were killed and 20 others suffered …") does not lend it.
    if (!d.outcome && prev?.outcome && prev.outcomeEnd === undefined && prev.rule !== 'casualties.count-noun-distant-verb' && prev.kind !== 'loose' && d.kind === 'noun' && d.num.qualStart - prev.nounEnd < 40 && COORD_RE.test(text.slice(prev.nounEnd, d.num.qualStart))) {
      d.outcome = prev.outcome;
      d.rule = 'casualties.coordination';
      if (prev.sub) d.sub = true;
    }
    if (!d.outcome) continue;
    // A qualifier distributes over a coordination: "About 13,000 civilians and 3,500 servicemen".
    if (prev && !d.num.qualifierStated && prev.num.qualifierStated && prev.qualifier !== 'exact' && d.num.qualStart - prev.nounEnd < 40 && COORD_RE.test(text.slice(prev.nounEnd, d.num.qualStart))) {
      d.qualifier = prev.qualifier;
      d.inferred.qualifier = 'coordination';
    }
    let category = d.category;
    if (!category) {
      if (head?.category && (d.kind === 'elliptical' || d.rule === 'casualties.count-outcome')) {
        category = head.category;
        d.inferred.category = 'previous-figure';
      } else {
        category = 'people';
        d.inferred.category = 'unstated';
      }
    }
    d.category = category;
    resolved.push(d);
    if (!d.sub) lastHead = d;
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
      outcome: d.outcome,
      category,
      rule: d.rule ?? 'casualties.count-outcome',
    };
    if (d.qualifier !== 'exact' && !n.range && !n.vague) {
      d.inferred.low = `qualifier:${d.qualifier}`;
      d.inferred.high = `qualifier:${d.qualifier}`;
    }
    if (Object.keys(d.inferred).length > 0) f.inferred = d.inferred;
    figures.push(f);
  }
  return figures;
}
