// The dates extractor: TimeML-grade temporal expressions anchored to the publication date.
// Per sentence: pattern rules (rules/*.ts) and chrono (chrono.ts) propose spans; negative rules veto;
// the longest non-overlapping spans win; normalisers (normalise.ts) compute TIMEX3 values in text order,
// keeping a small discourse state (last quarter / date / year) for anaphoric expressions.
import type { ExtractorCore } from '../../src/extractor.js';
import type { DateMention } from './types.js';
import { parseCalendar } from './chrono.js';
import { fromChrono } from './calendar.js';
import { chronoMayMatch, chronoWindows, matchRules, selectLongest, sentenceWords, vetoedBy, type RawMatch } from './engine.js';
import { normalisers, type Built, type Context, type Discourse } from './normalise.js';
import { tenseAround, type Tense } from './tense.js';
import { genericBefore } from './rules/generic.js';
import type { Era } from './resolve.js';
import { eraWindow } from '../../src/document/era-clues.js';
import { parseIsoDate, toUtc, type Ymd } from './timex.js';
import { numericOrder, type NumericOrder } from '../../src/document/date-forms.js';

export const DATES_VERSION = '1.1.0';

const CHRONO_PRIORITY = 50;
const GENERIC = new RegExp(genericBefore.map((p) => `(?:${p})`).join('|'), 'i');
/** Mentions computed from another reference: they never become the discourse anchor. */
const RELATIVE_RULES = new Set(['dates.year-ago', 'dates.ago', 'dates.anaphoric-period', 'dates.relative-unit', 'dates.year-period']);

function updateDiscourse(d: Discourse, b: Built, dct: Ymd | undefined): void {
  const q = /^(?<y>\d{4})-Q(?<q>[1-4])$/.exec(b.value);
  if (q?.groups) {
    const quarter = { year: Number(q.groups.y), q: Number(q.groups.q) };
    // a quarter not over at publication ("a fourth-quarter charge", a forecast for "the third quarter of 1990")
    // is not the period whose results are being compared: "a year ago", "the quarter" keep the last reported one
    const open = dct !== undefined && quarter.year * 4 + quarter.q >= dct.year * 4 + Math.ceil(dct.month / 3);
    if (!open || !d.quarter) d.quarter = quarter;
    d.year = Number(q.groups.y);
    return;
  }
  const day = parseIsoDate(b.value);
  if (day && b.type !== 'DURATION') {
    d.date = day;
    d.month = { year: day.year, month: day.month };
    d.year = day.year;
    return;
  }
  const mo = /^(?<y>\d{4})-(?<m>\d{2})$/.exec(b.value);
  if (mo?.groups) d.month = { year: Number(mo.groups.y), month: Number(mo.groups.m) };
  const y = /^(?<y>\d{4})(?:-\d{2})?$/.exec(b.value);
  if (y?.groups && b.type === 'DATE') d.year = Number(y.groups.y);
}

/** A normaliser's context; the span's tense is read on first use (most durations, sets and vague references never ask). */
class SpanContext implements Context {
  declare dct?: Ymd;
  declare era?: Era;
  declare numericOrder?: NumericOrder;
  constructor(
    private readonly readTense: () => Tense | undefined,
    public discourse: Discourse,
  ) {}
  get tense(): Tense | undefined {
    return this.readTense();
  }
}

/**
 * `era`: the document's era as the document layer computed it (`doc.era`; `null` = none); computed from
 * the text only when a caller does not give it.
 */
export function extractDates(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  published: string | undefined,
  era?: Era | null,
): DateMention[] {
  const dct: Ymd | undefined = parseIsoDate(published);
  // no publication date: a year can still be certain when the names in the text date it (e.g. ISSG + Nusra)
  const docEra: Era | undefined = dct ? undefined : era === undefined ? eraWindow(text) : (era ?? undefined);
  const reference = dct ? toUtc(dct) : new Date(Date.UTC(2000, 0, 1));
  const discourse: Discourse = {};
  let discourseVersion = 0;
  const order = /\d[./-]\d/.test(text) ? numericOrder(text) : undefined;
  const out: DateMention[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!/\d|[a-z]{3}/i.test(sentence)) continue;
    const words = sentenceWords(sentence);
    const raws: RawMatch[] = matchRules(sentence, s.start, words);
    // chrono (the costliest step) only on windows around a month, weekday, clock word or clock/ISO form
    for (const w of chronoMayMatch(words, sentence) ? chronoWindows(sentence) : []) {
      for (const r of parseCalendar(sentence.slice(w.start, w.end), reference)) {
        const start = s.start + w.start + r.index;
        raws.push({ start, end: start + r.text.length, text: r.text, rule: 'dates.calendar', kind: 'chrono', priority: CHRONO_PRIORITY, groups: {}, chrono: r } as RawMatch & { chrono: typeof r });
      }
    }
    // candidates are built twice (on a scratch state, then for real) and rules often propose the same
    // span: the tense of a span is read once
    const tenses = new Map<number, ReturnType<typeof tenseAround>>();
    const tenseOf = (raw: RawMatch) => {
      const key = raw.start * 65536 + (raw.end - raw.start);
      if (!tenses.has(key)) tenses.set(key, tenseAround(sentence, raw.start - s.start, raw.end - s.start));
      return tenses.get(key);
    };
    const build = (raw: RawMatch, d: Discourse): Built[] => {
      const ctx = new SpanContext(() => tenseOf(raw), d);
      if (order) ctx.numericOrder = order;
      const generic = GENERIC.test(sentence.slice(Math.max(0, raw.start - s.start - 80), raw.start - s.start));
      if (dct && !generic) ctx.dct = dct;
      if (docEra && !generic) ctx.era = docEra;
      const chronoResult = (raw as RawMatch & { chrono?: Parameters<typeof fromChrono>[0] }).chrono;
      return chronoResult ? [fromChrono(chronoResult, raw.start, ctx)].filter((b): b is Built => b !== null) : normalisers[raw.kind](raw, ctx) ?? [];
    };
    // a candidate its normaliser rejects must not hide a shorter overlapping one: try on a scratch state.
    // Normalisers only read the discourse state and updateDiscourse replaces its fields, so a trial build
    // is the real one as long as no mention before it in this sentence changed the state (the usual case)
    const trials = new Map<RawMatch, Built[]>();
    const stateAtTrial = discourseVersion;
    const allowed = raws.filter((r) => {
      if (vetoedBy(r, sentence, s.start)) return false;
      const built = build(r, { ...discourse });
      trials.set(r, built);
      return built.length > 0;
    });
    for (const raw of selectLongest(allowed)) {
      const built = discourseVersion === stateAtTrial ? (trials.get(raw) as Built[]) : build(raw, discourse);
      for (const b of built) {
        // the built object becomes the mention (trials are not reused): drop the flag without copying
        const rangeWithNext = b.rangeWithNext;
        if ('rangeWithNext' in b) delete b.rangeWithNext;
        const m: DateMention = b;
        if (text.slice(m.start, m.end) !== m.text) continue; // offsets contract
        const idx = out.length;
        out.push(m);
        if (rangeWithNext) {
          (out[idx] as DateMention).rangeWith = idx + 1;
        } else if (idx > 0 && out[idx - 1]!.rangeWith === idx) {
          m.rangeWith = idx - 1;
        }
        if (m.type !== 'DURATION' && m.type !== 'SET' && !RELATIVE_RULES.has(m.rule)) {
          updateDiscourse(discourse, m, dct);
          discourseVersion++;
        }
      }
    }
  }
  return out;
}

export const datesExtractor: ExtractorCore<'dates', DateMention> = {
  name: 'dates',
  version: DATES_VERSION,
  extract: (doc) => extractDates(doc.text, doc.sentences, doc.meta.published?.value, doc.era ?? null),
};
