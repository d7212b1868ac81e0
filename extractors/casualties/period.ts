// A figure counted over a period rather than for one incident: "killing at least 16 people since
// Thursday", "40 civilians have been killed in the past three days". The dates extractor has already
// found the period's bound or length, so only the words that make a date a period's start (or a
// duration a look-back to now) are checked here.
import type { DateMention } from '../dates/types.js';

/** Right before a date: the period runs from it ("since Tuesday", "since mid-February"). */
const SINCE_BEFORE_RE = /(?<![\p{L}])since[\s\u00A0]+(?:(?:early|late|mid)[\s\u00A0-]+)?$/iu;
/** Right before a duration that reaches back to now, with "the past" outside the duration or inside it. */
const LOOKBACK_BEFORE_RE = /(?<![\p{L}])(?:in|over|during|within)[\s\u00A0]+the[\s\u00A0]+(?:past|last|previous)[\s\u00A0]+$/iu;
const LOOKBACK_PREP_RE = /(?<![\p{L}])(?:in|over|during|within)[\s\u00A0]+$/iu;
const LOOKBACK_START_RE = /^the[\s\u00A0]+(?:past|last|previous)[\s\u00A0]/iu;

/** Whether a sentence counts over a period, from its dates (offsets into `text`, as the sentence's). */
export function isPeriodTotal(text: string, sentence: { start: number }, dates: ReadonlyArray<Pick<DateMention, 'start' | 'end' | 'type'>>): boolean {
  return dates.some((d) => {
    const before = text.slice(Math.max(sentence.start, d.start - 30), d.start);
    if (SINCE_BEFORE_RE.test(before)) return true;
    if (d.type !== 'DURATION') return false;
    return LOOKBACK_BEFORE_RE.test(before) || (LOOKBACK_PREP_RE.test(before) && LOOKBACK_START_RE.test(text.slice(d.start, d.end)));
  });
}
