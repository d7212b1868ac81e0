// Vague temporal references (HeidelTime's PRESENT_REF / PAST_REF / FUTURE_REF), as data.
// Each entry is a pattern (regex source, case-insensitive, word-bounded by the engine) and its value.
import type { VagueRule } from './schema.js';

export const vagueRules: VagueRule[] = [
  { id: 'dates.vague-present', value: 'PRESENT_REF', pattern: '(?:right |just |until |up to |as of |by )?now|currently|at present|the present(?: time| day)?|presently|these days|nowadays|at this (?:time|moment|point)|this (?:crucial )?moment|the current time|current', triggers: ['now', 'currently', 'present', 'presently', 'days', 'nowadays', 'time', 'moment', 'point', 'current'] },
  { id: 'dates.vague-past', value: 'PAST_REF', pattern: '(?:more |most |until |only |as )?recently|lately|formerly|the past|in the past|past years|recent (?:weeks and months|years|days)|the last few (?:months|years|weeks)|the past several (?:quarters|months|years|weeks)|(?:a few|several|some|a couple of|many) (?:days|weeks|months|years|decades) ago|years ago|some time ago|a while ago|a long time ago|long ago|then current', triggers: ['recently', 'lately', 'formerly', 'past', 'recent', 'last', 'ago', 'current'] },
  { id: 'dates.vague-future', value: 'FUTURE_REF', pattern: 'as soon as possible|the (?:near |not-too-distant |not too distant |distant )?future|in future|in (?:the )?days to come|(?:in )?the (?:hours|days|months|weeks|years)(?:,? or (?:perhaps |even |maybe )?(?:hours|days|weeks|months),?)? to come|the (?:near|short|long) term|coming (?:months|quarters|years|weeks|days)|future quarters|(?:at )?a later (?:date|stage|time)|some day|someday|in due course', triggers: ['possible', 'future', 'days', 'come', 'term', 'coming', 'later', 'day', 'someday', 'course'] },
];
