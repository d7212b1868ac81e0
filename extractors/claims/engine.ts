// The attribution engine: per paragraph, quotations first (direct claims, continuations), then
// headline colons, then cue verbs and noun cues sentence by sentence (indirect and mixed claims);
// finally author claims of ministry statements and transcript turns. Each stage has its module;
// rule ids and patterns are declared in rules.ts, word data in lexicon.ts / frames.ts.
import type { Document, Span } from '../../src/types.js';
import { isExtractable } from '../../src/document/segment.js';
import { authorClaims } from './author.js';
import { cueAfterQuote, cueBeforeQuote, headlineColon, headlineTrailer, headlineVerb } from './direct.js';
import { indirect } from './indirect.js';
import { findQuotes, isTitleQuote, wordCount, type Quote } from './quotes.js';
import { blank } from './speaker.js';
import { isStripped } from './wire.js';
import { blankOrComma, findSpan, splitTypewriterOpenings, type ClaimOptions, type Draft } from './text.js';

export type { ClaimOptions, Draft } from './text.js';
export { resolveDrafts } from './resolve.js';

export function extractClaimDrafts(doc: Document, opts: ClaimOptions = {}): Draft[] {
  const text = doc.text;
  const drafts: Draft[] = [];
  const usedCues = new Set<number>();
  const sentencesByPara = new Map<number, Span[]>();
  for (const s of doc.sentences) {
    const list = sentencesByPara.get(s.paragraph) ?? [];
    list.push(s);
    sentencesByPara.set(s.paragraph, list);
  }
  const stripped = isStripped(doc);
  let lastDirect: { speaker: Span; para: number; fixedName?: string | null } | null = null;

  const firstExtractable = doc.paragraphs.findIndex((p) => isExtractable(p.kind));
  doc.paragraphs.forEach((para, pi) => {
    if (!isExtractable(para.kind)) return;
    const sentences = splitTypewriterOpenings(text, sentencesByPara.get(pi) ?? [para]);
    const sentenceOf = (x: number) => findSpan(sentences, x) ?? para;
    const quotes = findQuotes(text, para);
    const directQuotes: Quote[] = [];
    const orphans: Quote[] = [];
    for (let qi = 0; qi < quotes.length; qi++) {
      const q = quotes[qi]!;
      if (q.inner.end <= q.inner.start) continue;
      // a quoted show or book title ("on CBS's “Face the Nation,” Ryan said …") is no quotation: its cue is the sentence's
      if (isTitleQuote(text, q)) continue;
      const attr = q.closed ? cueAfterQuote(text, q, para, stripped) : null;
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
        // (not across a line break: '“A” ― Name\n“B” ― Other' are attribution lines)
        if (attr && next && blankOrComma(text, attr.end, next.open) && !text.slice(attr.end, next.open).includes('\n') && sentenceOf(next.open).start === sentenceOf(q.open).start) {
          d.end = next.inner.end;
          directQuotes.push(next);
          qi++;
        }
        drafts.push(d);
        directQuotes.push(q);
        if (found.speaker) lastDirect = { speaker: found.speaker, para: pi };
      } else if (!found && long && sentenceStart && !(lastDirect && pi - lastDirect.para <= 1)) {
        orphans.push(q);
      } else if (!found && long && sentenceStart && lastDirect && pi - lastDirect.para <= 1) {
        const prev = opts.joinContinued ? drafts.slice(-64).findLast((d) => d.kind === 'direct' && d.speaker === lastDirect!.speaker) : undefined;
        // PolNeAR's convention: one attribution from the first quotation to the last under the same cue
        if (prev) prev.end = q.inner.end;
        else drafts.push({ start: q.inner.start, end: q.inner.end, kind: 'direct', speaker: lastDirect.speaker, cue: null, rule: 'claims.quote-continued' });
        directQuotes.push(q);
        lastDirect.para = pi;
      }
    }
    const titleLike = para.kind === 'title' || para.kind === 'subtitle' || para.kind === 'heading' || (pi === firstExtractable && titleCase(text, para));
    if (titleLike) headlineColon(text, para, drafts);
    // scraped wire copy: the headline runs into the first paragraph
    if (stripped && pi === firstExtractable) {
      const next = doc.paragraphs[pi + 1];
      headlineTrailer(text, para, drafts, !!next && /^AFP\b/.test(text.slice(next.start, next.start + 4)));
    }
    const directSpans = directQuotes.map((q) => ({ start: q.open, end: q.close + 1 })).sort((a, b) => a.start - b.start);
    const innerKeys = new Set(directQuotes.map((q) => `${q.inner.start}:${q.inner.end}`));
    const before = drafts.length;
    for (const s of sentences) indirect(text, s, directSpans, innerKeys, usedCues, drafts, titleLike, stripped, opts);
    // PolNeAR's convention: a Title Case headline "New Poll Shows Minor Bump …" (no claim found in it so far)
    if (titleLike && opts.objectContent && pi === firstExtractable) headlineVerb(text, para, drafts);
    // "He reminded that …. \"However, …\"": a quotation after an indirect claim of the paragraph continues it
    const mine = orphans.length ? drafts.slice(before).filter((d) => d.speaker && d.kind !== 'author').sort((a, b) => a.end - b.end) : [];
    let k = 0;
    let prev: Draft | undefined;
    for (const q of orphans) {
      for (; k < mine.length && mine[k]!.end <= q.open; k++) prev = mine[k];
      if (prev && !opts.joinContinued) drafts.push({ start: q.inner.start, end: q.inner.end, kind: 'direct', speaker: prev.speaker, cue: null, rule: 'claims.quote-continued' });
      else if (prev) prev.end = q.inner.end;
    }
  });
  authorClaims(doc, drafts, opts.statementAuthor !== false);
  return drafts;
}

/**
 * A first paragraph in Title Case is a headline even with a final period (`Clinton Hid Past Health
 * Problems From Public, Former White House Doctor Says.`): one line of at most 25 words, no quotation
 * opening it, and at least four in five of its words of four or more letters capitalised.
 */
function titleCase(text: string, para: { start: number; end: number }): boolean {
  if (para.end - para.start > 220) return false;
  const line = text.slice(para.start, para.end);
  if (line.includes('\n')) return false;
  const words = line.split(/[\s\u00A0]+/).filter((w) => /^[\p{L}][\p{L}’'-]{3,}/u.test(w));
  if (words.length < 3 || words.length > 25) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}
