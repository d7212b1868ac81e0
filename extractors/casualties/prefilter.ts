// A cheap test before any rule: a sentence can hold a figure only if it has an outcome cue (an
// outcome word, active verb, outcome noun, toll trigger or "among") and a digit or number word.
// One global scan of the document text finds the cues; only the sentences holding one go on.
import { ACTIVE_VERBS, OUTCOME_NOUNS, OUTCOME_WORDS, TOLL_TRIGGERS, VAGUE } from './lexicon.js';
import { SCALES, TENS, UNITS } from '../../src/text/numbers.js';
import { alt, esc } from './patterns.js';
import { SINGULAR_PERSON_IN } from './drafts.js';

// The stem (first four letters of the longest word) of every cue: enough for a test, since the
// rules check the whole phrase. One scan of the lower-cased text with an alternation of the stems
// (literal letters only) is far cheaper than a regex of the whole words, or one indexOf per stem.
const stem = (phrase: string) => ([...phrase.split(' ')].sort((x, y) => y.length - x.length)[0] as string).slice(0, 4);
const STEMS = [...new Set([
  ...OUTCOME_WORDS.map((o) => o.phrase),
  ...ACTIVE_VERBS.map((v) => v.phrase),
  ...Object.keys(OUTCOME_NOUNS),
  ...TOLL_TRIGGERS,
  'number', 'among', 'martyrs', 'dying', 'victims',
].map(stem))].sort();
const STEM_RE = new RegExp(STEMS.map(esc).join('|'), 'g');
// A figure's number (numbers.ts NUMBER_RE) holds a digit or a number word: a unit or a ten ("twenty"), a
// scale after "a" ("a hundred"), a vague quantity ("dozens", "half a million", "a dozen"). Its first word
// starts a word and ends at a non-letter or at a range word glued to it ("twentyorthirty"). An article
// ("a", "an", "another") is a count only before a singular person noun (drafts.ts articleCounts), so a
// sentence whose only number-like word is an article needs one of those nouns.
const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...VAGUE.flatMap((v) => v.phrase.split(' ')).filter((w) => !['a', 'an', 'of'].includes(w))];
const NUMBER_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${alt([...new Set(NUMBER_WORDS)])})(?=[^\\p{L}]|$|to|or|and)`, 'iu');

/** Offsets of the outcome cues of `text`, ascending (every start of a stem, overlapping ones too). */
export function cuePositions(text: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  STEM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STEM_RE.exec(lower)) !== null) {
    out.push(m.index);
    STEM_RE.lastIndex = m.index + 1;
  }
  return out;
}

/** Whether a sentence text is worth the rules: a cue was found inside it and it has a number. */
export function hasNumber(sentence: string): boolean {
  return /\d/.test(sentence) || NUMBER_WORD_RE.test(sentence) || SINGULAR_PERSON_IN.test(sentence);
}
