// The counted noun phrase after a number ("63 civilians", "38 regime forces", "18 members of the
// SDF"): up to a few modifiers, then a category noun from the lexicon, with the side of armed-neutral
// nouns taken from a modifier or a group mention.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/index.js';
import type { CasualtyCategory } from './types.js';
import {
  ARMED_ADJECTIVES,
  ARMED_NEUTRAL_NOUNS,
  CATEGORY_ADJECTIVES,
  CATEGORY_NOUNS,
  CATEGORY_PHRASES,
  NEUTRAL_DEFAULTS,
  NOT_MODIFIERS,
  OUTCOME_WORDS,
} from './lexicon.js';
import { SCALES, TENS, UNITS } from '../../src/text/numbers.js';
import { ahead, esc, lowerBound } from './patterns.js';

/** A group mention of the sentence (relative offsets) with its gazetteer type. */
export interface GroupSpan {
  start: number;
  end: number;
  type: string;
}

const byLength = (a: string, b: string) => b.length - a.length;
const NOUN_TO_CATEGORY = new Map<string, CasualtyCategory>();
for (const [cat, nouns] of Object.entries(CATEGORY_NOUNS) as Array<[CasualtyCategory, readonly string[]]>) {
  for (const n of nouns) NOUN_TO_CATEGORY.set(n, cat);
}
for (const p of CATEGORY_PHRASES) NOUN_TO_CATEGORY.set(p.phrase, p.category);
const MULTIWORD = [...NOUN_TO_CATEGORY.keys()].filter((k) => k.includes(' ')).sort(byLength);
/** Their first words: a word that is none of these starts no multi-word noun (its text is not folded). */
const MULTIWORD_FIRST = new Set(MULTIWORD.map((k) => k.split(' ')[0] as string));
const LONG_NOUNS = [...NOUN_TO_CATEGORY.keys()].filter((k) => !k.includes(' ') && k.length >= 8);
const OUTCOME_WORD_SET = new Set(OUTCOME_WORDS.map((o) => o.phrase));
export const NUMBER_WORD_SET = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)]);
const FOLLOWER_OK = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'and', 'or', 'in', 'on', 'at', 'from', 'by', 'during', 'near', 'who', 'after', 'when', 'as', 'including', 'with', 'since', 'while', 'of', 'to', 'across', 'inside', 'for', 'over', 'this', 'last', 'yesterday', 'today', 'but', 'may', 'might', 'could', 'would', 'will', 'must', 'reportedly', 'allegedly', 'also', 'died', 'perished', 'lost', 'got',
  // never a noun being modified: a clause after a stripped comma ("including a child he said", "civilian the monitor said")
  'he', 'she', 'they', 'it', 'we', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'according', 'said', 'says', 'told']);

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'personnel', 'dead', 'militiamen', 'servicemen', 'gunmen', 'policemen', 'servicewomen', 'troops']);
const isSingular = (noun: string) => !noun.endsWith('s') && !IRREGULAR_PLURALS.has(noun);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The words right after `pos` (at most `n`), stopping at punctuation other than hyphens/apostrophes,
 * read one at a time as they are asked for: most noun phrases are decided by their first word or two.
 */
function wordsAfter(text: string, pos: number, n: number): (j: number) => Word | undefined {
  const re = /[\s\u00A0]+([\p{L}][\p{L}'’\-]*)/uy;
  const out: Word[] = [];
  let done = false;
  re.lastIndex = pos;
  return (j) => {
    while (!done && out.length <= j && out.length < n) {
      const m = re.exec(text);
      if (m === null) {
        done = true;
        break;
      }
      const w = m[1] as string;
      const start = m.index + m[0].length - w.length;
      out.push({ text: w, lower: w.toLowerCase().replace(/’/g, "'"), start, end: start + w.length });
    }
    return out[j];
  };
}

function nounCategory(lower: string): CasualtyCategory | undefined {
  const c = NOUN_TO_CATEGORY.get(lower);
  if (c) return c;
  if (lower.length < 10) return undefined;
  // Typos of long nouns ("servicement", "civillians"); shorter words are too close to other
  // nouns ("villages" / "villagers"). One edit keeps the first or the second letter; memoised
  // (bounded) because the edit distance is the costly part.
  const memo = TYPO_MEMO.get(lower);
  if (memo !== undefined) return memo || undefined;
  const hit = LONG_NOUNS.find((n) => Math.abs(n.length - lower.length) <= 1 && (n[0] === lower[0] || n[1] === lower[1]) && DamerauLevenshteinDistance(n, lower, { restricted: true }) <= 1);
  if (TYPO_MEMO.size > 5000) TYPO_MEMO.clear();
  const cat = hit ? NOUN_TO_CATEGORY.get(hit) : undefined;
  TYPO_MEMO.set(lower, cat ?? '');
  return cat;
}
const PREMODIFIER_OUTCOMES = new Set(['wounded', 'injured', 'dead', 'killed', 'slain', 'missing', 'kidnapped', 'abducted']);
const TYPO_MEMO = new Map<string, CasualtyCategory | ''>();

/** The counted noun phrase after a number: up to 3 modifiers then a category noun. */
const GROUP_TYPE_CATEGORY: Readonly<Record<string, CasualtyCategory>> = {
  'armed-group': 'militants',
  'terrorist-organization': 'militants',
  coalition: 'militants',
  'armed-forces': 'military',
  'military-body': 'military',
  'military-coalition': 'military',
};

export function readNounPhrase(
  text: string,
  pos: number,
  vague: boolean,
  groups: ReadonlyArray<GroupSpan> = [],
): { category: CasualtyCategory; end: number; noun: string; typo: boolean; outcomeMod?: string } | undefined {
  let from = pos;
  if (vague) {
    const of = /^[\s\u00A0]+of(?:[\s\u00A0]+the)?(?=[\s\u00A0])/iu.exec(ahead(text, pos));
    if (of) from = pos + of[0].length;
  }
  const word = wordsAfter(text, from, 6);
  const mods: Word[] = [];
  // "Half a dozen wounded children", "12 dead soldiers": an outcome participle as the first modifier.
  let outcomeMod: string | undefined;
  for (let j = 0; j < 5; j++) {
    const w = word(j);
    if (w === undefined) break;
    // Multi-word nouns first ("women and children", "security forces"). Each has a space after its first
    // word, so the word itself must be that first word (the text after it is a space, or no match).
    const rest = MULTIWORD_FIRST.has(w.lower) ? text.slice(w.start, w.start + 40).toLowerCase().replace(/[\s\u00A0]+/g, ' ') : undefined;
    const multi = rest === undefined ? undefined : MULTIWORD.find((p) => rest.startsWith(p) && !/[\p{L}]/u.test(rest.charAt(p.length)));
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
      const next = word(j + 1);
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
      const np = { category, end, noun, typo: !multi && !NOUN_TO_CATEGORY.has(noun) };
      return outcomeMod ? { ...np, outcomeMod } : np;
    }
    const after = w.lower === 'and' || w.lower === 'or' ? word(j + 1) : undefined;
    const joiner = mods.length > 0 && after !== undefined && !NUMBER_WORD_SET.has(after.lower);
    if (joiner) {
      mods.push(w);
      continue;
    }
    if (j === 0 && PREMODIFIER_OUTCOMES.has(w.lower) && text.slice(from, w.start).trim() === '') {
      outcomeMod = w.lower;
      mods.push(w);
      continue;
    }
    if ((NOT_MODIFIERS.has(w.lower) && !/^[\p{Lu}]{2,}$/u.test(w.text)) || OUTCOME_WORD_SET.has(w.lower) || NUMBER_WORD_SET.has(w.lower) || w.lower.length < 2) return undefined;
    if (j > 0 && !/^[\s\u00A0]+$/.test(text.slice((word(j - 1) as Word).end, w.start))) return undefined;
    mods.push(w);
  }
  return undefined;
}

