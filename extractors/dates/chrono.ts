// The chrono-node engine, configured for news: chrono's own calendar-date and clock-time parsers
// (month-name dates, ISO dates, times with zones, weekday+date), without its forward-dating and
// range merging, plus two refiners of ours (chrono style): strip leading prepositions from spans, and
// merge "19:00 Moscow time on September 12" into one time. Year and weekday resolution happen later
// (resolve.ts): chrono's guess of the closest year is not used.
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const KEEP_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENTimeExpressionParser',
]);
const DROP_REFINERS = new Set(['ForwardDateRefiner', 'ENMergeDateRangeRefiner', 'UnlikelyFormatFilter']);

/** "on Friday" → "Friday": TimeML spans do not include the preposition. */
export const stripPrepositionRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const m = /^(?:(?:on|at|from|by|in|since|until|till|to|of|before|after|during|as of|starting|beginning)\s+)+/i.exec(r.text);
      if (m && m[0].length < r.text.length) {
        r.index += m[0].length;
        r.text = r.text.slice(m[0].length);
      }
      const t = /[\s,.]+$/.exec(r.text);
      if (t && t[0].length < r.text.length && !/\b(?:a|p)\.m\.$/i.test(r.text)) r.text = r.text.slice(0, r.text.length - t[0].length);
      // "(4 a.m. EDT Thursday)": an unbalanced closing parenthesis is not part of the time
      const paren = /[\s,.]*\)$/.exec(r.text);
      if (paren && !r.text.includes('(') && paren[0].length < r.text.length) r.text = r.text.slice(0, r.text.length - paren[0].length);
    }
    return results;
  },
};

const ZONE_GAP = /^\s*(?:(?:[A-Z][a-z]+|local)\s+time|[A-Z]{2,5}(?:\s*[+-]\d{1,2})?)?\s*,?\s*(?:on\s+|of\s+)?$/;

/** "19:00 Moscow time on September 12": a time followed (through a zone name) by a date is a time on that date. */
export const mergeZonedTimeDateRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      if (b && a.start.isCertain('hour') && !a.start.isCertain('day') && b.start.isCertain('day') && !b.start.isCertain('hour')) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        if (ZONE_GAP.test(gap)) {
          for (const c of ['year', 'month', 'day', 'weekday'] as const) {
            const v = b.start.get(c);
            if (v === null) continue;
            if (b.start.isCertain(c)) a.start.assign(c, v);
            else a.start.imply(c, v);
          }
          // the time span takes its zone name ("19:00 Moscow time"); the date stays its own mention
          const zone = /^\s*(?:(?:[A-Z][a-z]+|local)\s+time|[A-Z]{2,5}(?:\s*[+-]\d{1,2})?)/.exec(gap);
          if (zone) a.text = context.text.slice(a.index, a.index + a.text.length + zone[0].length);
          out.push(a);
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** Drops chrono results that are bare numbers or bare weekday names (the weekday rule handles those). */
export const plausibleRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const s = r.start;
      if (s.isCertain('hour') && !s.isCertain('day') && !s.isCertain('weekday')) return /\d:\d\d|\b[ap]\.?m\b\.?|noon|midnight|o'clock/i.test(r.text);
      if (s.isCertain('hour') && !/\d:\d\d|\b[ap]\.?m\b\.?|noon|midnight|o'clock/i.test(r.text)) {
        // "Jan. 1, 1990 at 1,015 francs": keep the date, drop the bogus hour
        const cut = /(?:\s*,?\s*(?:at|from|by)?\s*\d{1,2}(?:[.,]\d+)?)$/i.exec(r.text);
        if (!cut || !s.isCertain('day')) return false;
        r.text = r.text.slice(0, r.text.length - cut[0].length);
        s.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset']);
        return r.text.length > 0;
      }
      // a weekday alone is left to the weekday rule; a clock time on a weekday ("6:00 GMT on Monday") is kept
      if (!s.isCertain('day') && !s.isCertain('month')) return s.isCertain('weekday') && s.isCertain('hour');
      return true;
    });
  },
};

function build(): chrono.Chrono {
  const base = chrono.en.strict;
  const parsers = base.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  const refiners = base.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
  return new chrono.Chrono({ parsers, refiners: [...refiners, mergeZonedTimeDateRefiner, plausibleRefiner, stripPrepositionRefiner] });
}

export const newsChrono = build();

export type ChronoResult = chrono.ParsedResult;

/** Runs the configured chrono over one sentence. The reference only seeds chrono's guesses. */
export function parseCalendar(sentence: string, reference: Date): chrono.ParsedResult[] {
  return newsChrono.parse(sentence, { instant: reference, timezone: 0 });
}
