// The attribution engine: quotations first (direct claims, continuations), then cue verbs and noun
// cues in sentences (indirect and mixed claims), then author claims of ministry statements and
// transcript turns; finally speakers are resolved in text order. Rule data lives in lexicon.ts.
import type { Document, Span } from '../../src/types.js';
import type { ClaimKind, ClaimMention } from './types.js';
import type { GroupMention } from '../groups/types.js';
import { isExtractable } from '../../src/document/segment.js';
import { cueOf, nounCueRe, verbCueRe } from './cues.js';
import { findQuotes, wordCount, type Quote } from './quotes.js';
import { blank, resolveSpeaker, speakerAfter, speakerBefore, type Entity } from './speaker.js';
import { finiteMarkers } from './lexicon.js';

export interface Draft extends Span {
  kind: ClaimKind;
  speaker: Span | null;
  cue: Span | null;
  rule: string;
  /** A fixed speaker name (transcript turn labels), bypassing resolution. */
  fixedName?: string | null;
}

const CLOSE = /[”"']/;
const OPENER = /^(?:(?:But|And|Also|However|Meanwhile|Still|Yet|So|Apart from that|In addition|Moreover|Furthermore|Now|Then)\b,?[\s\u00A0]+)+/;
const ADJUNCT = /^(?:[\s\u00A0]+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|recently|last\s+\w+|this\s+week|at\s+(?:the|that)\s+time|(?:in|during)\s+(?:a|an|his|her|their|the)\s+(?:statement|interview|speech|briefing|call|rally|op-ed|post|tweet|letter|email|memo|conference|press\s+conference|news\s+conference|appearance)(?:\s+(?:with|on|to|at)\s+[^,.;:“"]{1,40}?)?|on\s+(?:Twitter|Facebook|Fox\s+News|CNN|MSNBC)|at\s+(?:a|the)\s+(?:rally|briefing|news\s+conference|press\s+conference|event|hearing))\b)*/;
/** End of the attribution after a quotation: not the period of "Rep." / "Mr." / "D-N.C.". */
const SENTENCE_END = /[;!?“"]|''|[\s\u00A0]—|(?<!\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Jr|Sr|Inc|Co|Corp|[A-Z]))\.(?=[\s\u00A0]|$)/u;
/** Verbs whose bare complement is nearly always a reported clause. */
const SAY_VERBS = new Set(['say', 'tell', 'add']);
const PRONOUN_SUBJECT = /^[\s\u00A0]+(?:he|she|they|it|we|I|you|there|this|that)\b/;
/** A clause-final adverbial after the cue: "…, the ministry said after a meeting with …". */
const ADVERBIAL = /^[\s\u00A0]+(?:after|following|during|before|when|while|amid|ahead\s+of|upon|at|in|on)\b/;
const OBJECT_VERBS = new Set(['tell', 'remind', 'warn', 'assure', 'inform']);

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u00A0.,;:]/.test(text[e - 1]!)) e--;
  return e;
}
function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /[\s\u00A0,:;—–-]/.test(text[s]!)) s++;
  const m = OPENER.exec(text.slice(s, Math.min(end, s + 200)));
  return m ? s + m[0].length : s;
}
const blankOrComma = (text: string, from: number, to: number) => to - from < 400 && /^[\s\u00A0,]*$/.test(text.slice(from, to));
/** At least `n` words in the span (looks at a bounded prefix only). */
function hasWords(text: string, span: Span, n: number): boolean {
  return wordCount(text, { start: span.start, end: Math.min(span.end, span.start + 40 * n) }) >= n;
}
/** The span of a sorted, non-overlapping list containing `x` (binary search). */
function findSpan<T extends Span>(spans: readonly T[], x: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sp = spans[mid]!;
    if (x < sp.start) hi = mid - 1;
    else if (x >= sp.end) lo = mid + 1;
    else return sp;
  }
  return undefined;
}
const hasQuote = (text: string, s: number, e: number) => /[“”"]|''/.test(text.slice(s, e));

export function extractClaimDrafts(doc: Document): Draft[] {
  const text = doc.text;
  const drafts: Draft[] = [];
  const usedCues = new Set<number>();
  const sentencesByPara = new Map<number, Span[]>();
  for (const s of doc.sentences) {
    const list = sentencesByPara.get(s.paragraph) ?? [];
    list.push(s);
    sentencesByPara.set(s.paragraph, list);
  }
  let lastDirect: { speaker: Span; para: number; fixedName?: string | null } | null = null;

  doc.paragraphs.forEach((para, pi) => {
    if (!isExtractable(para.kind)) return;
    const sentences = sentencesByPara.get(pi) ?? [para];
    const sentenceOf = (x: number) => findSpan(sentences, x) ?? para;
    const quotes = findQuotes(text, para);
    const directQuotes: Quote[] = [];
    for (let qi = 0; qi < quotes.length; qi++) {
      const q = quotes[qi]!;
      if (q.inner.end <= q.inner.start) continue;
      const attr = q.closed ? cueAfterQuote(text, q, para) : null;
      const pre = attr ? null : cueBeforeQuote(text, q, para, pi > 0 ? doc.paragraphs[pi - 1]! : null);
      const found = attr ?? pre;
      const long = wordCount(text, q.inner) >= 4;
      const sentenceStart = /^[\s\u00A0'"“]*$/.test(text.slice(sentenceOf(q.open).start, q.open)) || blank(text, para.start, q.open);
      if (found && (long || sentenceStart || pre || attr)) {
        const d: Draft = { start: q.inner.start, end: q.inner.end, kind: 'direct', speaker: found.speaker, cue: found.cue, rule: found.rule };
        // a cue ending the previous paragraph ("…, Antonov added:") may also be the cue of that paragraph's clause
        if (found.cue && !found.shared) usedCues.add(found.cue.start);
        // split quotation: "A," he said, "B."
        const next = quotes[qi + 1];
        if (attr && next && blankOrComma(text, attr.end, next.open) && sentenceOf(next.open).start === sentenceOf(q.open).start) {
          d.end = next.inner.end;
          directQuotes.push(next);
          qi++;
        }
        drafts.push(d);
        directQuotes.push(q);
        if (found.speaker) lastDirect = { speaker: found.speaker, para: pi };
      } else if (!found && long && sentenceStart && lastDirect && pi - lastDirect.para <= 1) {
        drafts.push({ start: q.inner.start, end: q.inner.end, kind: 'direct', speaker: lastDirect.speaker, cue: null, rule: 'claims.quote-continued' });
        directQuotes.push(q);
        lastDirect.para = pi;
      }
    }
    const titleLike = para.kind === 'title' || para.kind === 'subtitle' || para.kind === 'heading';
    if (titleLike) headlineColon(text, para, drafts);
    const directSpans = directQuotes.map((q) => ({ start: q.open, end: q.close + 1 })).sort((a, b) => a.start - b.start);
    const innerKeys = new Set(directQuotes.map((q) => `${q.inner.start}:${q.inner.end}`));
    for (const s of sentences) indirect(text, s, directSpans, innerKeys, usedCues, drafts, titleLike);
  });
  authorClaims(doc, drafts);
  return drafts;
}

/** Headline "Pat Caddell: Democrat Voters Worried About …" — the colon is the cue. */
const HEADLINE_COLON = /^(?<src>\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){0,3}):[\s\u00A0]+/u;
function headlineColon(text: string, para: Span, drafts: Draft[]): void {
  const m = HEADLINE_COLON.exec(text.slice(para.start, para.end));
  if (!m?.groups) return;
  const colon = para.start + m.groups.src!.length;
  const start = para.start + m[0].length;
  const end = trimEnd(text, start, para.end);
  if (wordCount(text, { start, end }) < 3) return;
  const quoted = /^[“"]/.test(text.slice(start, end));
  drafts.push({ start: quoted ? start + 1 : start, end: quoted ? trimEnd(text, start, end - (/[”"]$/.test(text.slice(start, end)) ? 1 : 0)) : end,
    kind: quoted ? 'direct' : 'indirect', speaker: { start: para.start, end: colon }, cue: { start: colon, end: colon + 1 }, rule: 'claims.headline-colon' });
}

export interface CueMatch {
  index: number;
  0: string;
  groups?: Record<string, string | undefined>;
}

/** Matches of a global regex inside [start, end) only (bounded work per window), with document offsets. */
function matchesIn(re: RegExp, text: string, start: number, end: number): CueMatch[] {
  const out: CueMatch[] = [];
  const win = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    out.push({ index: start + m.index, 0: m[0], groups: m.groups });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

interface Attr {
  shared?: boolean;
  speaker: Span | null;
  cue: Span | null;
  rule: string;
  end: number;
}

/** `"…," Smith said` / `"…," said Smith` / `"…," he added.` */
function cueAfterQuote(text: string, q: Quote, para: Span): Attr | null {
  const from = q.close + 1;
  const stop = Math.min(para.end, from + 160);
  const windowText = text.slice(from, stop);
  const cut = windowText.search(SENTENCE_END);
  const limit = cut < 0 ? stop : from + cut;
  const before = text.slice(Math.max(q.inner.end - 1, q.open), q.close);
  if (!/[,?!.—–-]/.test(before) && text[from] !== ',') return null;
  // `"…." He said` starts a new sentence: after a full stop, ? or ! the attribution goes on in lower case
  const next = /[^\s\u00A0]/.exec(text.slice(from, limit));
  if (/[.?!]/.test(before.replace(/[”"'’]/g, '')) && next && /\p{Lu}/u.test(next[0])) return null;
  const v = matchesIn(verbCueRe, text, from, limit)[0];
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
  const sp = speakerBefore(text, lead, v.index);
  if (!sp || !blankOrComma(text, lead, sp.start)) return null;
  void verbStart;
  return { speaker: sp, cue: cueSpan, rule: 'claims.quote-said', end: trimEnd(text, cueSpan.start, advanceAdjunct(text, cueSpan.end)) };
}

function advanceAdjunct(text: string, at: number): number {
  const m = ADJUNCT.exec(text.slice(at, at + 120));
  return at + (m ? m[0].length : 0);
}

/** `Smith said: "…"` / `Smith told reporters, "…"` (also from the end of the previous paragraph). */
function cueBeforeQuote(text: string, q: Quote, para: Span, prevPara: Span | null): Attr | null {
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

function indirect(text: string, s: Span, direct: readonly Span[], directInner: ReadonlySet<string>, usedCues: Set<number>, drafts: Draft[], titleLike: boolean): void {
  const inDirect = (x: number) => findSpan(direct, x) !== undefined;
  // the latest claim whose cue is in this sentence (e.g. a quotation's "said" before ", adding that")
  const recent = drafts.slice(-64); // drafts are appended in text order: the sentence's ones are at the end
  let last: Draft | null = recent.filter((d) => d.cue && d.cue.start >= s.start && d.cue.start < s.end).at(-1) ?? null;
  for (const v of matchesIn(verbCueRe, text, s.start, s.end)) {
    const cue = { start: v.index, end: v.index + v[0].length };
    if (cue.end > s.end) break;
    if (usedCues.has(cue.start)) continue;
    const form = cueOf(v.groups?.verb ?? '');
    if (!form) continue;
    // a capitalised cue word outside headlines is a name or a noun ("the United States")
    if (!titleLike && /^\p{Lu}/u.test(v.groups?.verb ?? '') && !blank(text, s.start, v.index)) continue;
    const nested = inDirect(cue.start);
    const d = verbClaim(text, s, cue, form.verb.base, form.verb.clause === true, form.participle, last, nested);
    if (d && isStance(text, d, form.form)) continue;
    if (d && !(nested && d.rule !== 'claims.said-that')) {
      if (directInner.has(`${d.start}:${d.end}`)) continue;
      drafts.push(d);
      usedCues.add(cue.start);
      last = d;
    }
  }
  const mine = drafts.slice(-64).filter((d) => d.kind !== 'direct' && d.kind !== 'author' && d.cue && d.cue.start >= s.start && d.cue.start < s.end);
  splitCoordinated(text, mine);
  for (const d of mine) if (d.kind === 'indirect' && hasQuote(text, d.start, d.end)) d.kind = 'mixed';
  for (const m of matchesIn(nounCueRe, text, s.start, s.end)) {
    const cue = { start: m.index, end: m.index + m[0].length };
    if (cue.end > s.end) break;
    const d = nounClaim(text, s, cue);
    if (d) {
      if (hasQuote(text, d.start, d.end)) d.kind = 'mixed';
      drafts.push(d);
    }
  }
}

/**
 * First-person present-tense stance of the speaker himself ("I believe", "we hope", "we are
 * convinced"): part of the speaker's own claim, not a separate attribution. "I explained that" stays.
 */
function isStance(text: string, d: Draft, form: string): boolean {
  if (!d.speaker) return false;
  const sp = text.slice(d.speaker.start, d.speaker.end).toLowerCase();
  if (sp !== 'i' && sp !== 'we') return false;
  const cue = d.cue ? text.slice(d.cue.start, d.cue.end).toLowerCase() : '';
  return cueOfBase(form) && /^(?:(?:also|still|do|really|certainly|strongly|firmly|sincerely|will|would)\s+)*\w+$/.test(cue);
}

const cueOfBase = (form: string) => cueOf(form)?.verb.base === form.toLowerCase();

/**
 * "X said A, and he noted that B": a later attribution in the same sentence ends the content of the
 * earlier one (before its source, or its cue when the source is shared), dropping the conjunction.
 */
function splitCoordinated(text: string, inSentence: Draft[]): void {
  const ordered = [...inSentence].sort((a, b) => a.cue!.start - b.cue!.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i]!;
    const b = ordered[i + 1]!;
    const cut = Math.min(b.speaker && b.speaker.start > a.start ? b.speaker.start : b.cue!.start, b.cue!.start);
    if (a.start < cut && a.end > cut && b.start >= cut) {
      let end = cut;
      const before = text.slice(a.start, end).replace(/[\s\u00A0,;:—–-]*(?:\b(?:and|but|while|although|though|yet|as|adding|also)\b[\s\u00A0,]*)*$/, '');
      end = trimEnd(text, a.start, a.start + before.length);
      if (end - a.start >= 3) a.end = end;
    }
  }
}

function contentAfter(text: string, from: number, s: Span): Span | null {
  const start = trimStart(text, from, s.end);
  let end = trimEnd(text, start, s.end);
  // a closing quote mark after the final period belongs to a mixed claim: keep the mark off too
  if (CLOSE.test(text[end - 1] ?? '')) end = trimEnd(text, start, end - 1) + 0;
  return end - start >= 3 ? { start, end } : null;
}

function verbClaim(text: string, s: Span, cue: Span, base: string, clause: boolean, participle: boolean, last: Draft | null, nested: boolean): Draft | null {
  const rest = () => {
    let at = advanceAdjunct(text, cue.end);
    if (OBJECT_VERBS.has(base)) {
      const obj = /^[\s\u00A0]+(?:(?!that\b)[\p{L}’'.-]+[\s\u00A0]+){1,4}?(?=that\b)/u.exec(text.slice(at, Math.min(s.end, at + 400)))
        ?? /^[\s\u00A0]+(?:him|her|them|us|me|reporters|journalists|supporters|the\s+\w+|(?:The\s+)?[A-Z][\p{L}.’']+(?:\s+[A-Z][\p{L}.’']+){0,3})(?=[\s\u00A0,])/u.exec(text.slice(at, Math.min(s.end, at + 400)));
      if (obj) at = advanceAdjunct(text, at + obj[0].length);
    }
    return at;
  };
  const clauseAfter = (): { span: Span; that: boolean } | null => {
    const at = rest();
    const after = text.slice(at, Math.min(s.end, at + 400));
    const that = /^[\s\u00A0]*,?[\s\u00A0]*that\b/.exec(after);
    if (that) {
      const c = contentAfter(text, at + that[0].length, s);
      return c ? { span: c, that: true } : null;
    }
    if (!clause) return null;
    if (/^[\s\u00A0]*[,:]?[\s\u00A0]*[“"]/.test(after)) return null; // a quotation: the quote rules decide
    if (/^[\s\u00A0]+(?:to|for|of|about|in|on|at|with|by|from|so|as|after|before|during|following|while|when|amid|upon|nothing|something|anything|yes|no)\b/i.test(after)) return null;
    if (/^[\s\u00A0]*[.,;:!?]/.test(after) || after.trim() === '') return null;
    if (/^[\s\u00A0]+(?:what|how|where|when|whether|why|who)[\s\u00A0]+to\b/i.test(after)) return null;
    // "what the senators said was …": the complement starts with a verb, the cue is in a relative clause
    if (/^[\s\u00A0]+(?:was|is|were|are|has|had|have|will|would|could|should|can|may|might|must)\b/i.test(after)) return null;
    const probe = after.split(/\s+/).slice(0, 12).join(' ');
    if (!SAY_VERBS.has(base) && !PRONOUN_SUBJECT.test(after) && !finiteMarkers.test(probe)) return null;
    const c = contentAfter(text, at, s);
    return c && hasWords(text, c, 3) ? { span: c, that: false } : null;
  };

  if (participle) {
    // ", adding that …" / ", saying …": the source is the one of the clause before
    if (!/,[\s\u00A0]*$/.test(text.slice(Math.max(s.start, cue.start - 40), cue.start)) && !last) return null;
    const c = clauseAfter();
    if (!c) return null;
    const speaker = last?.speaker ?? speakerAfter(text, trimStart(text, s.start, s.end), cue.start);
    return { ...c.span, kind: 'indirect', speaker, cue, rule: c.that ? 'claims.adding-that' : 'claims.saying-clause' };
  }
  const sp = speakerBefore(text, s.start, cue.start);
  if (sp) {
    // "As I have already said, clause" / "As the minister noted, clause"
    if (sp.start - s.start < 120 && /^(?:[^:.]{1,80}:[\s\u00A0]+)?[\s\u00A0“"]*(?:(?:But|And|So)[\s\u00A0]+)?As[\s\u00A0]+$/.test(text.slice(s.start, sp.start))) {
      const at = advanceAdjunct(text, cue.end);
      if (!/^[\s\u00A0]*,/.test(text.slice(at, Math.min(s.end, at + 40)))) return null;
      const c = contentAfter(text, at, s);
      return c ? { ...c, kind: 'indirect', speaker: sp, cue, rule: 'claims.as-said' } : null;
    }
    const c = clauseAfter();
    if (c) return { ...c.span, kind: 'indirect', speaker: sp, cue, rule: c.that ? 'claims.said-that' : 'claims.said-clause' };
    if (nested) return null;
    const tailAt = Math.max(s.start, sp.start - 40);
    const comma = /,[\s\u00A0]*$/.exec(text.slice(tailAt, sp.start));
    if (!comma) return null;
    const commaAt = tailAt + comma.index;
    const afterAt = advanceAdjunct(text, cue.end);
    const after = text.slice(afterAt, Math.min(s.end, afterAt + 400));
    const start = trimStart(text, s.start, sp.start);
    if (CLOSE.test(text[commaAt - 1] ?? '')) return null; // quotation: handled as direct
    if (/^[\s\u00A0]*(?:[.!?:]["”]?)?[\s\u00A0]*$/.test(after) || /^[\s\u00A0]*,[\s\u00A0]*(?:adding|saying|noting|arguing|citing|and)\b/.test(after) || ADVERBIAL.test(after)) {
      const end = trimEnd(text, start, commaAt);
      if (!hasWords(text, { start, end }, 3)) return null;
      return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.clause-said' };
    }
    if (/^[\s\u00A0]*,/.test(after)) {
      const end = trimEnd(text, start, s.end);
      if (!hasWords(text, { start, end }, 5)) return null;
      return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.clause-said-mid' };
    }
    return null;
  }
  // inverted: "…, said the official."
  if (nested) return null;
  const tailAt = Math.max(s.start, cue.start - 40);
  const comma = /,[\s\u00A0]*$/.exec(text.slice(tailAt, cue.start));
  if (!comma || CLOSE.test(text[tailAt + comma.index - 1] ?? '')) return null;
  const spA = speakerAfter(text, cue.end, s.end);
  if (!spA || !/^[\s\u00A0]*(?:[.!?,]|$)/.test(text.slice(spA.end, Math.min(s.end, spA.end + 10)))) return null;
  const start = trimStart(text, s.start, cue.start);
  const end = trimEnd(text, start, tailAt + comma.index);
  if (!hasWords(text, { start, end }, 3)) return null;
  return { start, end, kind: 'indirect', speaker: spA, cue, rule: 'claims.clause-said-inverted' };
}

/** "According to X, clause." / "Clause, according to X." */
function nounClaim(text: string, s: Span, cue: Span): Draft | null {
  const before = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  const sentenceInitial = cue.start - s.start < 40 && /^[\s\u00A0“"]*(?:(?:But|And|Also|However|Yet|So)\b,?[\s\u00A0]*)?$/.test(before);
  const ci = text.slice(cue.end, Math.min(s.end, cue.end + 400)).indexOf(',');
  const commaAfter = ci < 0 ? -1 : cue.end + ci;
  if (sentenceInitial) {
    if (commaAfter < 0 || commaAfter >= s.end) return null;
    const sp = { start: trimStart(text, cue.end, commaAfter), end: trimEnd(text, cue.end, commaAfter) };
    const c = contentAfter(text, commaAfter + 1, s);
    if (!c || sp.end <= sp.start) return null;
    return { ...c, kind: 'indirect', speaker: sp, cue, rule: 'claims.according-to' };
  }
  if (!/,[\s\u00A0]*$/.test(before)) return null;
  const spEnd = commaAfter >= 0 && commaAfter < s.end ? commaAfter : trimEnd(text, cue.end, s.end);
  const sp = { start: trimStart(text, cue.end, spEnd), end: trimEnd(text, cue.end, spEnd) };
  if (sp.end <= sp.start || hasWords(text, sp, 13)) return null;
  const start = trimStart(text, s.start, cue.start);
  const end = commaAfter >= 0 && commaAfter < s.end && s.end - commaAfter > 12 ? trimEnd(text, start, s.end) : trimEnd(text, start, cue.start);
  if (!hasWords(text, { start, end }, 3)) return null;
  return { start, end, kind: 'indirect', speaker: sp, cue, rule: 'claims.clause-according-to' };
}

// ---------------------------------------------------------------- author claims

const TURN_LABEL = /^(?<label>\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){0,3})(?:[\s\u00A0]*\([^)]{0,120}\))?:[\s\u00A0]+/u;
const TITLE_SPEAKER = /(?<name>\p{Lu}[\p{L}-]+(?:[\s\u00A0]+\p{Lu}[\p{L}-]+){0,2})['’]s\s+(?:statement|remarks|speech|address|article|interview|opening|comment|answers)/u;

/** Ministry statements: every body paragraph; transcripts: every paragraph of a speaker's turn. */
function authorClaims(doc: Document, drafts: Draft[]): void {
  let kind = doc.meta.source.value;
  const text = doc.text;
  // a statement speaks in its own voice: a text quoting others with cues is a story, not a statement
  if (kind === 'ministry' && drafts.some((d) => d.kind === 'direct' && d.cue)) kind = 'other';
  // an institution speaks as "we": a first-person singular narrator (outside quotations) is a columnist
  if (kind === 'ministry' && (text.replace(/[“"][^“”"]*[”"]/g, ' ').match(/\b(?:I|me|my)\b/g)?.length ?? 0) >= 2) kind = 'other';
  // interview transcripts inside stories: paragraphs opening with an upper-case label "WALLACE: …"
  const labels = doc.paragraphs.filter((p) => p.kind === 'body' && /^\p{Lu}[\p{Lu}.'’ -]{1,30}:[\s\u00A0]/u.test(doc.text.slice(p.start, p.end))).length;
  const embedded = kind !== 'transcript' && labels >= 2;
  if (embedded) kind = 'transcript';
  if (kind !== 'ministry' && kind !== 'transcript') return;
  let turn: Span | null = null;
  let question = false;
  if (kind === 'transcript') {
    const title = doc.paragraphs.find((p) => p.kind === 'title');
    const m = title ? TITLE_SPEAKER.exec(text.slice(title.start, title.end)) : null;
    if (title && m?.groups) {
      let start = title.start + m.index;
      const name = m.groups.name!;
      // "Foreign Minister Sergey Lavrov's": the span is the name, not the title
      const lead = /^(?:(?:Foreign|Defence|Defense|Deputy|Prime|Minister|President|Secretary|General|Ambassador)[\s\u00A0]+)+/.exec(name);
      if (lead) start += lead[0].length;
      turn = { start, end: title.start + m.index + name.length };
    }
  }
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    let start = p.start;
    const para = text.slice(p.start, p.end);
    if (kind === 'transcript') {
      const m = TURN_LABEL.exec(para);
      if (m?.groups) {
        question = /^(?:question|q|answer|a)$/i.test(m.groups.label!.trim());
        if (!question) turn = { start: p.start, end: p.start + m.groups.label!.length };
        start = p.start + m[0].length;
      } else if (embedded) continue;
      if (question) continue;
    }
    const end = trimEndKeepPeriod(text, start, p.end);
    const body = text.slice(start, end);
    if (wordCount(text, { start, end }) < 5 || /,$/.test(body) || (/:$/.test(body) && wordCount(text, { start, end }) < 10)) continue; // salutations, lead-ins
    drafts.push({ start, end, kind: 'author', speaker: kind === 'transcript' ? turn : null, cue: null, rule: kind === 'transcript' ? 'claims.author-turn' : 'claims.author-statement' });
  }
}

function trimEndKeepPeriod(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u00A0]/.test(text[e - 1]!)) e--;
  return e;
}

// ---------------------------------------------------------------- resolution and output

export function resolveDrafts(doc: Document, drafts: Draft[], groups: readonly GroupMention[] = []): ClaimMention[] {
  const text = doc.text;
  const unique = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.start}:${d.end}`;
    const prev = unique.get(key);
    if (!prev || (prev.kind === 'author' && d.kind !== 'author')) unique.set(key, d);
  }
  const sorted = [...unique.values()].filter((d) => d.end > d.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const order = [...sorted].sort((a, b) => Math.min(a.start, a.speaker?.start ?? a.start) - Math.min(b.start, b.speaker?.start ?? b.start));
  const entities: Entity[] = [];
  const groupsByEnd = new Map(groups.map((g) => [g.end, g] as const));
  const names = new Map<string, { name: string | null; coref: boolean }>();
  const turnName = (d: Draft) => (d.kind === 'author' && d.speaker ? text.slice(d.speaker.start, d.speaker.end).replace(/\u00A0/g, ' ') : null);
  let turn: string | null = null;
  for (const d of order) {
    if (!d.speaker) continue;
    const key = `${d.speaker.start}:${d.speaker.end}`;
    if (d.kind === 'author') turn = turnName(d);
    if (names.has(key)) continue;
    // an organisation the groups gazetteer knows, heading the source NP ("Defense ministry" → Russian Defense Ministry)
    const sp = d.speaker;
    const g = groupsByEnd.get(trimEnd(text, sp.start, sp.end));
    const canonical = g && g.start >= sp.start ? g.name : undefined;
    const r = resolveSpeaker(text.slice(sp.start, sp.end), entities, turn, canonical);
    names.set(key, { name: r.name, coref: r.coreference });
  }
  return sorted.map((d) => {
    const m: ClaimMention = {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      kind: d.kind,
      speaker: null,
      cue: d.cue ? { ...d.cue, text: text.slice(d.cue.start, d.cue.end) } : null,
      rule: d.rule,
    };
    if (d.speaker) {
      const r = names.get(`${d.speaker.start}:${d.speaker.end}`);
      m.speaker = { ...d.speaker, text: text.slice(d.speaker.start, d.speaker.end), name: r?.name ?? null };
      if (r?.coref) m.inferred = { speaker: 'coreference' };
    }
    return m;
  });
}
