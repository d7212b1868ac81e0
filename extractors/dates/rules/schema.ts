// Strict zod schemas for the rule data (spaCy EntityRuler style): a typo in a rule file fails loudly.
import { z } from 'zod';

const ruleId = z.string().regex(/^dates\.[a-z0-9-]+$/, 'rule ids look like dates.<kebab-case>');
const regexSource = z.string().min(1).refine((s) => {
  try {
    new RegExp(s.replace(/\{[A-Z_]+\}/g, 'x'), 'i');
    return true;
  } catch {
    return false;
  }
}, 'pattern must be a valid regular expression');

/** Trigger items: a word, `{TABLE}`, `#digit`, or `/regex/` (a valid regular expression). */
const triggerItem = z
  .string()
  .regex(/^(?:[a-z]+|\{[A-Z_]+\}|#digit|\/.+\/)$/)
  .refine((t) => {
    if (!t.startsWith('/')) return true;
    try {
      new RegExp(t.slice(1, -1), 'i');
      return true;
    } catch {
      return false;
    }
  }, 'a /regex/ trigger must be a valid regular expression');
const triggerList = z.array(triggerItem).min(1);

export const timexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

export const normaliserKinds = [
  'month-day-range',
  'year-range',
  'week-of',
  'anaphoric-week',
  'day-range-month',
  'month-year',
  'month',
  'year',
  'spelled-year',
  'decade',
  'century',
  'deictic-day',
  'anaphoric-day',
  'relative-unit',
  'weekend',
  'year-end',
  'holiday',
  'part-relative',
  'season',
  'quarter',
  'half',
  'year-period',
  'anaphoric-period',
  'year-ago',
  'ago',
  'duration',
  'vague-duration',
  'set',
  'weekday',
  'numeric-date',
  'zoned-clock',
  'part-of-day',
] as const;

export const patternRuleSchema = z
  .object({
    id: ruleId,
    description: z.string().min(1),
    pattern: regexSource,
    kind: z.enum(normaliserKinds),
    type: timexType.optional(),
    /** Case-sensitive match (e.g. capitalised month names only). */
    caseSensitive: z.boolean().optional(),
    /**
     * Words the rule cannot match without (lower-case; `{PLACEHOLDER}` = the words of that lexicon table,
     * `#digit` = any digit, `/regex/` = text the sentence must contain, case-insensitive): a sentence
     * with none of them skips the rule's regex. Absent: always run.
     */
    triggers: triggerList.optional(),
    /** A second necessary condition, same forms: the rule also cannot match without one of these. */
    andTriggers: triggerList.optional(),
  })
  .strict();

export const vagueRuleSchema = z
  .object({
    id: ruleId,
    value: z.enum(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']),
    pattern: regexSource,
    /** As for pattern rules: words the rule cannot match without. */
    triggers: triggerList.optional(),
  })
  .strict();

export const negativeRuleSchema = z
  .object({
    id: ruleId,
    description: z.string().min(1),
    /** Text before the candidate (regex anchored at the end of the preceding text). */
    before: regexSource.optional(),
    /** Text after the candidate (regex anchored at the start of the following text). */
    after: regexSource.optional(),
    /** The candidate's own text must match this (anchored both ends). */
    text: regexSource.optional(),
    /** Only applies to candidates produced by these rules (default: all). */
    rules: z.array(ruleId).optional(),
    /** Match text / before / after case-sensitively (e.g. Title Case names). */
    caseSensitive: z.boolean().optional(),
  })
  .strict()
  .refine((r) => r.before !== undefined || r.after !== undefined || r.text !== undefined, 'a negative rule needs before, after or text');

const numberTable = z.record(z.string().min(1), z.number());
const codeTable = z.record(z.string().min(1), z.string().min(1));

export const lexiconSchema = z
  .object({
    months: numberTable,
    weekdays: numberTable,
    numbers: numberTable,
    vagueNumbers: z.array(z.string().min(1)),
    ordinals: numberTable,
    units: codeTable,
    seasons: codeTable,
    parts: z.record(z.string().min(1), z.enum(['START', 'MID', 'END'])),
    dayParts: codeTable,
    deicticDays: numberTable,
    easter: z.record(z.string().min(1), z.union([z.number().int(), z.literal('week')])),
    fixedHolidays: z.record(z.string().min(1), z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(31)])),
    nthWeekdayHolidays: z.record(z.string().min(1), z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(7), z.number().int().min(-1).max(5)])),
    sets: codeTable,
  })
  .strict();

export type PatternRule = z.infer<typeof patternRuleSchema>;
export type VagueRule = z.infer<typeof vagueRuleSchema>;
export type NegativeRule = z.infer<typeof negativeRuleSchema>;
export type NormaliserKind = (typeof normaliserKinds)[number];
