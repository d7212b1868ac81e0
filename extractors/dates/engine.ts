// Pattern engine: expands the lexicon placeholders in rules/patterns.ts, matches every rule over a
// sentence and returns raw matches (span + named groups with their offsets). No normalisation here.
import { lexicon, rules } from './rules/index.js';
import type { NegativeRule, NormaliserKind } from './rules/schema.js';
import { phrasePattern } from '../../src/text/regex.js';

export interface GroupSpan {
  text: string;
  start: number;
  end: number;
}

export interface RawMatch {
  start: number;
  end: number;
  text: string;
  rule: string;
  kind: NormaliserKind | 'vague' | 'chrono';
  /** Rank of the rule in the configuration (lower wins ties). */
  priority: number;
  groups: Record<string, GroupSpan | undefined>;
  /** Fixed value for vague rules. */
  value?: string;
}

const escape = phrasePattern;
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const NUMBER_WORDS = Object.keys(lexicon.numbers).filter((w) => w !== 'half');
// Holiday names from the lexicon: the first word capitalised ("Christmas", not "christmas"), later words either way.
const holidayPattern = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.split(' ').map((w, i) => (i === 0 ? w[0]!.toUpperCase() : `[${w[0]!.toUpperCase()}${w[0]}]`) + escape(w.slice(1))).join('\\s+'))
    .join('|');
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';

export const placeholders: Record<string, string> = {
  MONTH: '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\\.|\\s+\\d))',
  WEEKDAY: '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
  NUM: `(?:(?:${TENS})(?:[- ](?:${ONES}))?|${alternation(NUMBER_WORDS)}|(?:a|one|two|three|four|five)\\s+(?:hundred|thousand)|a\\s+couple\\s+of|a\\s+dozen|\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)`,
  VAGUENUM: alternation(lexicon.vagueNumbers),
  UNIT: alternation(Object.keys(lexicon.units)),
  YEAR: "(?<![\\d,.$£€/:]|\\d-)(?:1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|,\\d|\\.\\d|:\\d|/\\d)",
  DAY: '(?<!\\d)(?:[12]\\d|3[01]|0?[1-9])(?!\\d)',
  SEASON: alternation(Object.keys(lexicon.seasons)),
  DAYPART: alternation(Object.keys(lexicon.dayParts)),
  SETWORD: alternation(Object.keys(lexicon.sets)),
  DEICTIC: alternation(Object.keys(lexicon.deicticDays)),
  HOLIDAY: holidayPattern([...Object.keys(lexicon.fixedHolidays), ...Object.keys(lexicon.nthWeekdayHolidays), ...Object.keys(lexicon.easter)]),
};

export function expand(pattern: string): string {
  return pattern.replace(/\{(?<name>[A-Z_]+)\}/g, (whole, name: string) => {
    const p = placeholders[name];
    if (p === undefined) throw new Error(`unknown placeholder ${whole}`);
    return p;
  });
}

interface Compiled {
  id: string;
  kind: RawMatch['kind'];
  regex: RegExp;
  priority: number;
  value?: string;
  /** Skip the regex unless the sentence has one of these words (or a digit, or a text the patterns find)… */
  triggers?: Trigger;
  /** …and, when given, one of these too. */
  andTriggers?: Trigger;
}

interface Trigger {
  words: ReadonlySet<string>;
  digit: boolean;
  patterns: readonly RegExp[];
}

// Trigger words of a lexicon table: one word of each key, the longest (a key matches only whole, so any
// of its words is necessary; the longest is the rarest).
const keyWords = (keys: readonly string[]) => keys.map((k) => (k.toLowerCase().match(/[a-z]+/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? '');
const triggerTables: Record<string, readonly string[]> = {
  MONTH: keyWords(Object.keys(lexicon.months)),
  WEEKDAY: keyWords(Object.keys(lexicon.weekdays)),
  UNIT: keyWords(Object.keys(lexicon.units)),
  SEASON: keyWords(Object.keys(lexicon.seasons)),
  DAYPART: keyWords(Object.keys(lexicon.dayParts)),
  SETWORD: keyWords(Object.keys(lexicon.sets)),
  DEICTIC: keyWords(Object.keys(lexicon.deicticDays)),
  VAGUENUM: keyWords(lexicon.vagueNumbers),
  // a holiday name begins with its first word
  HOLIDAY: [...Object.keys(lexicon.fixedHolidays), ...Object.keys(lexicon.nthWeekdayHolidays), ...Object.keys(lexicon.easter)].map((k) => k.toLowerCase().match(/[a-z]+/)?.[0] ?? ''),
};

// one RegExp per distinct /regex/ trigger, so that a sentence tests each once (its slot in a per-sentence cache)
const triggerPatterns = new Map<string, RegExp>();
const patternSlot = new Map<RegExp, number>();

function compileTriggers(list: readonly string[] | undefined): Trigger | undefined {
  if (!list) return undefined;
  const words = new Set<string>();
  const patterns: RegExp[] = [];
  let digit = false;
  for (const t of list) {
    if (t === '#digit') digit = true;
    else if (t.startsWith('/')) {
      const src = t.slice(1, -1);
      if (!triggerPatterns.has(src)) {
        const re = new RegExp(src, 'i');
        triggerPatterns.set(src, re);
        patternSlot.set(re, patternSlot.size);
      }
      patterns.push(triggerPatterns.get(src) as RegExp);
    } else if (t.startsWith('{')) {
      const table = triggerTables[t.slice(1, -1)];
      if (!table) throw new Error(`unknown trigger table ${t}`);
      for (const w of table) words.add(w);
    } else words.add(t);
  }
  return { words, digit, patterns };
}

/** The lower-case words of a sentence and whether it has a digit, read once for every rule's triggers. */
export interface SentenceWords {
  words: ReadonlySet<string>;
  digit: boolean;
}

// One pass of one alternation finds the trigger words a sentence has (cheaper than tokenising it all).
let triggerRe: RegExp | undefined;

export function sentenceWords(sentence: string): SentenceWords {
  triggerRe ??= new RegExp(`(?<![a-z])(?:${[...new Set([...rulesOfWord.keys(), ...CHRONO_WORDS])].sort((a, b) => b.length - a.length).join('|')})(?![a-z])`, 'gi');
  const words = new Set<string>();
  for (const w of sentence.match(triggerRe) ?? []) words.add(w.toLowerCase());
  return { words, digit: /\d/.test(sentence) };
}

const CHRONO_WORDS = new Set([...triggerTables.MONTH!, ...triggerTables.WEEKDAY!, 'noon', 'midnight', 'midday', 'tonight']);

// What chrono's kept parsers can return without a month or weekday name (plausibleRefiner drops the rest):
// clock times ("19:00", "7 p.m.", "six o'clock") and numeric ISO-style dates.
const CHRONO_DIGITS = /\d:\d\d|\d\s*[ap]\.?m\b|o'clock|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/i;

const CHRONO_CUE = new RegExp(`(?<![a-z])(?:${[...CHRONO_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-z])|${CHRONO_DIGITS.source}`, 'gi');
/** Context kept around a cue: chrono's longest forms ("6:00 p.m. Moscow time on Monday, September 19, 2016"). */
const CHRONO_REACH = 90;

// Cues that are weekday names. chrono keeps no result from a window whose only cues are weekday names:
// plausibleRefiner drops a weekday alone, and a weekday keeps a time only with a clock form, itself a cue
// within reach. The one exception is chrono's year-month-day parser, which also takes spaces as
// separators ("2016 09 19" is no cue): such a window is still read.
const WEEKDAY_CUES: ReadonlySet<string> = new Set(triggerTables.WEEKDAY);
const YMD_ANY_SEPARATOR = /\d{4}[-./\s]\d{1,2}[-./\s]\d{1,2}/;

/**
 * The windows of a sentence chrono has to read: around each cue (month or weekday name, clock word,
 * clock or ISO form), widened to whitespace and merged when they touch; a window whose cues are all
 * weekday names is left out (see WEEKDAY_CUES). Offsets into the sentence.
 */
export function chronoWindows(sentence: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number; dated: boolean }> = [];
  for (const m of sentence.matchAll(CHRONO_CUE)) {
    let start = Math.max(0, m.index - CHRONO_REACH);
    let end = Math.min(sentence.length, m.index + m[0].length + CHRONO_REACH);
    while (start > 0 && !/\s/.test(sentence[start - 1]!)) start--;
    while (end < sentence.length && !/\s/.test(sentence[end]!)) end++;
    const dated = !WEEKDAY_CUES.has(m[0].toLowerCase());
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.dated ||= dated;
    } else out.push({ start, end, dated });
  }
  return out.filter((w) => w.dated || YMD_ANY_SEPARATOR.test(sentence.slice(w.start, w.end)));
}

/** chrono's calendar, clock and weekday parsers need a month or weekday name, a clock word or a clock/ISO form. */
export function chronoMayMatch(s: SentenceWords, sentence: string): boolean {
  for (const w of s.words) if (CHRONO_WORDS.has(w)) return true;
  return s.digit && CHRONO_DIGITS.test(sentence);
}


const wrap = (src: string) => `(?<![\\w'’-])(?:${src})(?!\\w|['’](?!s\\b)\\w)`;

const compiled: Compiled[] = [
  ...rules.patterns.map((r, i) => ({ id: r.id, kind: r.kind, regex: new RegExp(wrap(expand(r.pattern)), r.caseSensitive ? 'gd' : 'gid'), priority: i, triggers: compileTriggers(r.triggers), andTriggers: compileTriggers(r.andTriggers) })),
  ...rules.vague.map((r, i) => ({ id: r.id, kind: 'vague' as const, regex: new RegExp(wrap(expand(r.pattern)), 'gid'), priority: 100 + i, value: r.value, triggers: compileTriggers(r.triggers) })),
];

// word → the rules it triggers; rules triggered by any digit; rules with /regex/ triggers; rules without
// triggers (always run); rules with a second condition (andTriggers)
const rulesOfWord = new Map<string, number[]>();
const digitRules: number[] = [];
const regexTriggered: number[] = [];
const untriggered: number[] = [];
const andRules: number[] = [];
compiled.forEach((c, i) => {
  if (!c.triggers) untriggered.push(i);
  else {
    if (c.triggers.digit) digitRules.push(i);
    if (c.triggers.patterns.length) regexTriggered.push(i);
    for (const w of c.triggers.words) rulesOfWord.set(w, [...(rulesOfWord.get(w) ?? []), i]);
  }
  if (c.andTriggers) {
    andRules.push(i);
    for (const w of c.andTriggers.words) if (!rulesOfWord.has(w)) rulesOfWord.set(w, []);
  }
});

/** Whether a sentence meets a trigger: one of its words, a digit, or a text one of its patterns finds (tested once per sentence). */
function meets(t: Trigger, s: SentenceWords, sentence: string, tested: Int8Array): boolean {
  if (t.digit && s.digit) return true;
  for (const w of t.words) if (s.words.has(w)) return true;
  for (const p of t.patterns) {
    const slot = patternSlot.get(p) as number;
    if (tested[slot] === 0) tested[slot] = p.test(sentence) ? 1 : -1;
    if (tested[slot] === 1) return true;
  }
  return false;
}

/** Which rules a sentence can trigger, found in one pass over its distinct words. */
function activeRules(s: SentenceWords, sentence: string): Uint8Array {
  const active = new Uint8Array(compiled.length);
  for (const i of untriggered) active[i] = 1;
  if (s.digit) for (const i of digitRules) active[i] = 1;
  for (const w of s.words) {
    const list = rulesOfWord.get(w);
    if (list) for (const i of list) active[i] = 1;
  }
  const tested = new Int8Array(patternSlot.size);
  for (const i of regexTriggered) if (!active[i] && meets(compiled[i]!.triggers as Trigger, s, sentence, tested)) active[i] = 1;
  for (const i of andRules) if (active[i] && !meets(compiled[i]!.andTriggers as Trigger, s, sentence, tested)) active[i] = 0;
  return active;
}

function groupsOf(m: RegExpExecArray, offset: number): RawMatch['groups'] {
  const out: RawMatch['groups'] = {};
  const idx = m.indices?.groups;
  const groups = m.groups;
  if (!groups || !idx) return out;
  for (const name in groups) {
    const text = groups[name];
    const span = idx[name];
    if (text !== undefined && span) out[name] = { text, start: span[0] + offset, end: span[1] + offset };
  }
  return out;
}

/** All matches of all rules in `sentence` (which starts at `offset` in the document text). */
export function matchRules(sentence: string, offset: number, words: SentenceWords = sentenceWords(sentence)): RawMatch[] {
  const out: RawMatch[] = [];
  const active = activeRules(words, sentence);
  for (let i = 0; i < compiled.length; i++) {
    if (!active[i]) continue;
    const c = compiled[i]!;
    c.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.regex.exec(sentence)) !== null) {
      if (m[0].length === 0) {
        c.regex.lastIndex++;
        continue;
      }
      const raw: RawMatch = { start: m.index + offset, end: m.index + m[0].length + offset, text: m[0], rule: c.id, kind: c.kind, priority: c.priority, groups: groupsOf(m, offset) };
      if (c.value !== undefined) raw.value = c.value;
      out.push(raw);
    }
  }
  return out;
}

const negatives = rules.negatives.map((n: NegativeRule) => ({
  ...n,
  beforeRe: n.before ? new RegExp(`(?:${n.before})$`, n.caseSensitive ? '' : 'i') : undefined,
  afterRe: n.after ? new RegExp(`^(?:${n.after})`, n.caseSensitive ? '' : 'i') : undefined,
  textRe: n.text ? new RegExp(`^(?:${n.text})$`, n.caseSensitive ? '' : 'i') : undefined,
}));

const CONTEXT_CHARS = 160;
const CUT = '\uFFFF';

// The negative rules that can apply to a rule's candidates, in configuration order (built per rule id on first use).
const negativesOfRule = new Map<string, typeof negatives>();
const negativesFor = (rule: string) => {
  let list = negativesOfRule.get(rule);
  if (!list) negativesOfRule.set(rule, (list = negatives.filter((n) => !n.rules || n.rules.includes(rule))));
  return list;
};

/** The id of the first negative rule that vetoes a candidate, or undefined. */
export function vetoedBy(c: { start: number; end: number; text: string; rule: string }, sentence: string, offset: number): string | undefined {
  // Negative rules look at local context only; bounding it keeps a megabyte-long "sentence" linear.
  // A cut-off window gets a sentinel so that ^ and $ still mean the sentence edges. The context
  // strings are cut only when a rule reads them.
  let before: string | undefined;
  let after: string | undefined;
  for (const n of negativesFor(c.rule)) {
    if (n.textRe && !n.textRe.test(c.text)) continue;
    if (n.beforeRe) {
      if (before === undefined) {
        const from = Math.max(0, c.start - offset - CONTEXT_CHARS);
        before = (from > 0 ? CUT : '') + sentence.slice(from, c.start - offset);
      }
      if (!n.beforeRe.test(before)) continue;
    }
    if (n.afterRe) {
      if (after === undefined) {
        const to = Math.min(sentence.length, c.end - offset + CONTEXT_CHARS);
        after = sentence.slice(c.end - offset, to) + (to < sentence.length ? CUT : '');
      }
      if (!n.afterRe.test(after)) continue;
    }
    return n.id;
  }
  return undefined;
}

/** Keeps the longest non-overlapping matches (ties: earlier rule in the configuration). */
export function selectLongest<T extends { start: number; end: number; priority: number }>(items: T[]): T[] {
  if (items.length === 0) return [];
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  // Occupancy map over the covered range: overlap checks cost the span length, not the number kept.
  let base = Infinity;
  let limit = 0;
  for (const i of items) {
    base = Math.min(base, i.start);
    limit = Math.max(limit, i.end);
  }
  const taken = new Uint8Array(limit - base);
  const kept: T[] = [];
  for (const it of sorted) {
    let free = true;
    for (let i = it.start - base; i < it.end - base; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, it.start - base, it.end - base);
    kept.push(it);
  }
  return kept.sort((a, b) => a.start - b.start);
}
