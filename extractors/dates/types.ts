// Item type of the dates extractor (the shapes of the JSON contract's "dates" array).
import type { Mention } from '../../src/types.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Mention {
  type: TimexType;
  /** TIMEX3 value: 2016-09-19, 2016-09, P2M, PRESENT_REF, XXXX-09-19, 2016-09-12T19:00 … */
  value: string;
  mod?: string;
  /** Parts stated in the text, e.g. ["month", "day"]. */
  known?: string[];
  /** Index (in this document's dates array) of the other end of a range, if any. */
  rangeWith?: number;
}
