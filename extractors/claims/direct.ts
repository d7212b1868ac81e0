// Direct claims: a quotation with its cue after it ("…," Smith said / "…," said Smith) or before
// it (Smith said: "…"), and headline colons ("Pat Caddell: Democrat Voters Worried …").
import type { Span } from '../../src/types.js';
import { cueOf, verbCueRe } from './cues.js';
import { ADJUNCT, NOUN_BEFORE, OBJECT_VERBS } from './frames.js';
import { wordCount, type Quote } from './quotes.js';
import { patternOf } from './rules.js';
import { appositiveSubject } from './source.js';
import { blank, speakerAfter, speakerBefore } from './speaker.js';
import { advanceAdjunct, blankOrComma, matchesIn, trimEnd, trimStart, type Draft } from './text.js';

/** Headline "Pat Caddell: Democrat Voters Worried About …" — the colon is the cue. */
export function headlineColon(text: string, para: Span, drafts: Draft[]): void {
  const m = patternOf('claims.headline-colon').exec(text.slice(para.start, para.end));
  if (!m?.groups) return;
  const colon = para.start + m.groups.src!.length;
  const start = para.start + m[0].length;
  const end = trimEnd(text, start, para.end);
  if (wordCount(text, { start, end }) < 3) return;
  const quoted = /^[“"]/.test(text.slice(start, end));
  drafts.push({ start: quoted ? start + 1 : start, end: quoted ? trimEnd(text, start, end - (/[”"]$/.test(text.slice(start, end)) ? 1 : 0)) : end,
    kind: quoted ? 'direct' : 'indirect', speaker: { start: para.start, end: colon }, cue: { start: colon, end: colon + 1 }, rule: 'claims.headline-colon' });
}
/**
 * A Title Case headline `Source Cue Content` (PolNeAR's convention, with objectContent): `New Poll Shows
 * Minor Post-Debate Bump For Clinton`, `Retired General Reveals ‘Demoralizing’ Experience …`. The cue is a
 * capitalised third-person or past form of a cue verb within the first seven words, the source the capitalised
 * words before it (at most six), the content the rest of the line (at least two words). Bounded: one line.
 */
export function headlineVerb(text: string, para: Span, drafts: Draft[]): void {
  if (para.end - para.start > 220 || drafts.some((d) => d.start >= para.start && d.start < para.end)) return;
  HEADLINE_WORD.lastIndex = para.start;
  let n = 0;
  for (let m = HEADLINE_WORD.exec(text); m && m.index < para.end && n < 7; m = HEADLINE_WORD.exec(text), n++) {
    if (n === 0 || !/^\p{Lu}/u.test(m[0])) continue;
    // a third-person form of a verb learned only in the past tense ("Calls" → "called", "Urges" → "urged")
    const form = cueOf(m[0]) ?? (/[^s]s$/i.test(m[0]) ? cueOf(`${m[0].slice(0, -1)}ed`) ?? cueOf(`${m[0].slice(0, -1)}d`) : undefined);
    if (!form || form.form.toLowerCase() === m[0].toLowerCase() && (form.form === form.verb.base || form.participle)) continue;
    const src = trimEnd(text, para.start, m.index);
    const srcText = text.slice(para.start, src);
    if (!/^(?:[\p{Lu}\d][\p{L}\d’'.-]*[\s\u00A0]+){0,5}[\p{Lu}\d][\p{L}\d’'.-]*$/u.test(srcText)) return;
    const start = trimStart(text, m.index + m[0].length, para.end);
    let end = trimEnd(text, start, para.end);
    if (text[end - 1] === '.') end = trimEnd(text, start, end - 1);
    if (wordCount(text, { start, end }) < 2) return;
    drafts.push({ start, end, kind: 'indirect', speaker: { start: para.start, end: src }, cue: { start: m.index, end: m.index + m[0].length }, rule: 'claims.headline-verb' });
    return;
  }
}
const HEADLINE_WORD = /[\p{L}\d][\p{L}\d’'.-]*/gu;

/**
 * A scraped wire headline at the start of the text with its source after it and no cue:
 * "August 22 2013 Assads forces bombard Damascus suburbs after gas attack: activists." /
 * "Saturday 6 Aug 2016 Air raids kill 10 near Syria hospital Monitor AFP".
 */
export function headlineTrailer(text: string, para: Span, drafts: Draft[], agencyNext = false): void {
  // a title line "… Syria Kurds Monitor" whose next line is the "AFP …" byline reads as one trailer
  const line = text.slice(para.start, Math.min(para.end, para.start + 300)) + (agencyNext && para.end - para.start < 300 ? ' AFP' : '');
  const m = patternOf('claims.headline-trailer').exec(line);
  if (!m?.groups) return;
  const g = m.groups;
  const src = g.src ?? g.src2!;
  const start = para.start + (g.date?.length ?? 0);
  const end = trimEnd(text, start, start + g.content!.length);
  const spStart = para.start + m[0].length - src.length - (g.src2 ? ' AFP'.length : 1);
  if (wordCount(text, { start, end }) < 4) return;
  drafts.push({ start, end, kind: 'indirect', speaker: { start: spStart, end: spStart + src.length }, cue: null, rule: 'claims.headline-trailer' });
}

export interface Attr {
  shared?: boolean;
  speaker: Span | null;
  cue: Span | null;
  rule: string;
  end: number;
}

/** `"…," Smith said` / `"…," said Smith` / `"…," he added.` */
export function cueAfterQuote(text: string, q: Quote, para: Span, stripped = false): Attr | null {
  const from = q.close + 1;
  const stop = Math.min(para.end, from + 160);
  const windowText = text.slice(from, stop);
  const cut = windowText.search(patternOf('claims.quote-said'));
  const limit = cut < 0 ? stop : from + cut;
  // an attribution line: “…” ― Sonya Herridge (the dash is the cue, the name ends the line or paragraph)
  const dash = patternOf('claims.quote-dash-name').exec(text.slice(from, Math.min(para.end, from + 12)));
  if (dash) {
    const cue = { start: from + dash.index + dash[0].length - 1, end: from + dash.index + dash[0].length };
    const nl = text.slice(cue.end, Math.min(para.end, cue.end + 120)).indexOf('\n');
    const lineEnd = nl < 0 ? para.end : cue.end + nl;
    const sp = speakerAfter(text, cue.end, lineEnd);
    if (sp && /^[\s\u00A0,.]*$/.test(text.slice(sp.end, lineEnd))) return { speaker: sp, cue, rule: 'claims.quote-dash-name', end: sp.end };
  }
  // a quotation ending with a nested one (`… vote,'" said X`): the punctuation before the inner mark counts
  let innerEnd = q.inner.end;
  while (innerEnd > q.inner.start && innerEnd > q.inner.end - 3 && /['’]/.test(text[innerEnd - 1]!)) innerEnd--;
  const before = text.slice(Math.max(innerEnd - 1, q.open), q.close);
  // (wire copy with commas stripped: '"It must stop" he added.')
  if (!/[,?!.—–-]/.test(before) && text[from] !== ',' && !stripped) return null;
  // `"…." He said` starts a new sentence: after a full stop, ? or ! the attribution goes on in lower case
  const next = /[^\s\u00A0]/.exec(text.slice(from, limit));
  if (/[.?!]/.test(before.replace(/[”"'’]/g, '')) && next && /\p{Lu}/u.test(next[0])) return null;
  // the first cue form that is not a noun ("…," X, one of the states suing the EPA, said)
  const v = matchesIn(verbCueRe, text, from, limit).find((m) => m.groups?.aux || !NOUN_BEFORE.test(text.slice(Math.max(from, m.index - 8), m.index)));
  if (!v) return null;
  const aux = v.groups?.aux ?? '';
  const cueSpan = { start: v.index + (aux.length ? 0 : 0), end: v.index + v[0].length };
  const verbStart = v.index + aux.length;
  const lead = from + (text[from] === ',' ? 1 : 0);
  if (blank(text, lead, v.index)) {
    const sp = speakerAfter(text, cueSpan.end, limit);
    if (!sp) return null;
    return { speaker: sp, cue: cueSpan, rule: 'claims.quote-said-inverted', end: sp.end };
  }
  // "…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said: a name whose
  // comma segments up to the cue all describe it (source.ts), when the word-shape scan finds no NP
  let sp = speakerBefore(text, lead, v.index);
  if (!sp || !blankOrComma(text, lead, sp.start)) sp = appositiveSubject(text, lead, v.index);
  if (!sp || !blankOrComma(text, lead, sp.start)) return null;
  void verbStart;
  return { speaker: sp, cue: cueSpan, rule: 'claims.quote-said', end: trimEnd(text, cueSpan.start, advanceAdjunct(text, cueSpan.end)) };
}
/** `Smith said: "…"` / `Smith told reporters, "…"` (also from the end of the previous paragraph). */
export function cueBeforeQuote(text: string, q: Quote, para: Span, prevPara: Span | null): Attr | null {
  let zoneStart = Math.max(para.start, q.open - 300);
  let zoneEnd = q.open;
  if (blank(text, para.start, q.open) && prevPara && /:\s*$/.test(text.slice(Math.max(prevPara.start, prevPara.end - 10), prevPara.end))) {
    zoneStart = Math.max(prevPara.start, prevPara.end - 300);
    zoneEnd = prevPara.end;
  }
  const zone = text.slice(zoneStart, zoneEnd);
  const tail = /[:,][\s\u00A0]*$/.exec(zone);
  if (!tail) return null;
  const punct = zoneStart + tail.index;
  // the last cue verb in the last 80 characters before the colon
  const from = Math.max(zoneStart, punct - 80);
  const v = matchesIn(verbCueRe, text, from, punct).at(-1);
  if (!v) return null;
  const cue = { start: v.index, end: v.index + v[0].length };
  const between = text.slice(cue.end, punct);
  const form = cueOf(v.groups?.verb ?? '');
  const objectOk = /^[\s\u00A0]*$/.test(ADJUNCT.exec(between)?.[0] === between ? '' : between.replace(ADJUNCT, ''))
    || (form && OBJECT_VERBS.has(form.verb.base) && /^[\s\u00A0]+(?:[\p{L}’'.-]+[\s\u00A0]*){1,4}$/u.test(between));
  const afterSp = speakerAfter(text, cue.end, punct);
  if (!objectOk && !(afterSp && blank(text, afterSp.end, punct))) return null;
  const sp = speakerBefore(text, zoneStart, cue.start) ?? (afterSp && blank(text, afterSp.end, punct) ? afterSp : null);
  if (!sp) return null;
  return { speaker: sp, cue, rule: 'claims.said-colon-quote', end: punct, shared: zoneStart !== para.start };
}
