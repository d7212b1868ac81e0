// Paragraphs, their roles and sentences, with offsets into the stored text.
// Roles: header timestamps, furniture (navigation, related-headline lists, language switchers),
// title, subtitle, in-text headings, body. Extractors see only the sentences of extractable roles.
import type { Paragraph, ParagraphKind, Sentence, Span } from '../types.js';
import { bulletPattern, furnitureLines, furniturePatterns, headerPatterns, TAIL_REACH, tailTimestamp } from './furniture-rules.js';
import { findDateline, inlineDatelineStart, type DatelineMatch } from './dateline.js';
import { splitSentences } from './sentences.js';
import { findHeadDate, type HeadDate } from './head.js';
import { isSpaceAt } from './space.js';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  excluded: Span[];
  dateline?: DatelineMatch;
  /** The date line at the head of a glued scraped text, when there is one. */
  head?: HeadDate;
}

const EXTRACTABLE: ReadonlySet<ParagraphKind> = new Set(['title', 'subtitle', 'heading', 'body']);

export function isExtractable(kind: ParagraphKind): boolean {
  return EXTRACTABLE.has(kind);
}

interface Block extends Span {
  lines: Span[];
}

/** Blocks of non-blank lines. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const raw = m[0].replace(/\r?\n$/, '');
    const start = m.index;
    const end = start + raw.length;
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    const line = trimSpan(text, { start, end });
    if (!current) {
      current = { start: line.start, end: line.end, lines: [] };
      out.push(current);
    }
    current.lines.push(line);
    current.end = line.end;
  }
  return out;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/**
 * A block is one hard-wrapped paragraph when its lines (all but the last) are of similar,
 * typewriter width and none is a bullet; otherwise every line is its own paragraph
 * (wire copy often puts one paragraph per line with no blank lines between).
 */
function isWrapped(text: string, b: Block): boolean {
  if (b.lines.length < 2) return false;
  const lens = b.lines.slice(0, -1).map((l) => l.end - l.start);
  const wrappedWidth = lens.every((n) => n >= 40 && n <= 100);
  const noBullets = b.lines.every((l) => !bulletPattern.test(text.slice(l.start, l.end)));
  return wrappedWidth && noBullets;
}

function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const b of blocks(text)) {
    if (isWrapped(text, b)) spans.push({ start: b.start, end: b.end });
    else spans.push(...b.lines);
  }
  return spans;
}

const furnitureSet = new Set(furnitureLines);
const TERMINAL = /(?:[.!?:;,"”»)\]…]|[.!?,:;]["”]?['’]+)$/;

// Furniture and header lines are short; longer lines are never tested (bounded regex work on huge lines).
const MAX_FURNITURE_LINE = 200;

function furnitureRule(line: string): string | null {
  if (line.length > MAX_FURNITURE_LINE) return null;
  const norm = line.trim().replace(/[:\s]+$/, '').toLowerCase();
  if (furnitureSet.has(norm)) return 'segment.furniture-line';
  for (const p of furniturePatterns) if (p.pattern.test(line.trim())) return p.id;
  return null;
}

function headerRule(line: string): string | null {
  if (line.length > MAX_FURNITURE_LINE) return null;
  for (const p of headerPatterns) if (p.pattern.test(line.trim())) return p.id;
  return null;
}

/** Short, unpunctuated, capitalised single lines: titles and in-text headings. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 300 && !TERMINAL.test(t) && /^[\p{Lu}\d"“'‘]/u.test(t) && !t.includes('\n');
}

/**
 * The first line split at its head date: headline, header, story (scraped pages glue them into one
 * line). Returns the spans and the kinds decided here.
 */
function splitHead(text: string, spans: Span[]): { head?: HeadDate; forced: Map<number, { kind: ParagraphKind; rule: string }> } {
  const forced = new Map<number, { kind: ParagraphKind; rule: string }>();
  const first = spans[0];
  const head = first ? findHeadDate(text, first) : undefined;
  if (first && !head) {
    // "Headline BEIRUT August 21 (The Associated Press) Story": the headline apart, the dateline starts the story
    const at = findDateline(text, first) ? undefined : inlineDatelineStart(text, first);
    if (at !== undefined) {
      const title = trimSpan(text, { start: first.start, end: at });
      spans.splice(0, 1, title, { start: at, end: first.end });
      forced.set(0, { kind: 'title', rule: 'segment.head-title' });
    }
    return { forced };
  }
  if (!first || !head) return { forced };
  const parts: Array<Span & { kind?: ParagraphKind; rule?: string }> = [];
  const title = head.title;
  if (title && title.end <= head.header.start) parts.push({ ...title, kind: 'title', rule: 'segment.head-title' });
  parts.push({ ...head.header, kind: 'header', rule: `segment.${head.rule}` });
  let from = head.header.end;
  if (title && title.start >= head.header.end) {
    parts.push({ ...title, kind: 'title', rule: 'segment.head-title' });
    from = title.end;
  }
  const rest = trimSpan(text, { start: from, end: first.end });
  if (rest.end > rest.start) parts.push(rest);
  spans.splice(0, 1, ...parts.map(({ start, end }) => ({ start, end })));
  parts.forEach((p, i) => {
    if (p.kind && p.rule) forced.set(i, { kind: p.kind, rule: p.rule });
  });
  return { head, forced };
}

/**
 * The last paragraph split at a glued update stamp (furniture-rules tailTimestamp); true when the last
 * span is now the stamp. Before splitHead, so that a one-line text's head date is never the stamp.
 */
function splitTail(text: string, spans: Span[]): boolean {
  const last = spans[spans.length - 1];
  if (!last) return false;
  const from = Math.max(last.start, last.end - TAIL_REACH);
  const m = tailTimestamp.pattern.exec(text.slice(from, last.end));
  if (!m) return false;
  const at = from + m.index + (m[0].length - m[0].trimStart().length);
  const body = trimSpan(text, { start: last.start, end: at });
  if (body.end <= body.start) return false; // the stamp alone on its line: furnitureRule's and headerRule's business
  spans.splice(spans.length - 1, 1, body, { start: at, end: last.end });
  return true;
}

export function segment(text: string): Segmentation {
  const spans = paragraphSpans(text);
  const tail = splitTail(text, spans);
  const { head, forced } = splitHead(text, spans);
  if (tail) forced.set(spans.length - 1, { kind: 'furniture', rule: tailTimestamp.id });
  const paragraphs: Paragraph[] = [];
  const lines = spans.map((s) => text.slice(s.start, s.end));

  // Related-headline lists: runs of ≥2 bullet lines that read as headlines (no closing period).
  const bulletRun = new Array<boolean>(spans.length).fill(false);
  for (let i = 0; i < spans.length; ) {
    let j = i;
    while (j < spans.length && bulletPattern.test(lines[j] ?? '')) j++;
    if (j - i >= 2 && lines.slice(i, j).every((l) => isHeadline(l.replace(bulletPattern, '')))) {
      for (let k = i; k < j; k++) bulletRun[k] = true;
    }
    i = j > i ? j : i + 1;
  }

  let dateline: DatelineMatch | undefined;
  let seenBody = false;
  let titles = 0;
  spans.forEach((span, i) => {
    const line = lines[i] ?? '';
    let kind: ParagraphKind = 'body';
    let rule = 'segment.body';
    const furniture = furnitureRule(line);
    const header = !seenBody && i < 4 ? headerRule(line) : null;
    const dl = !dateline && !seenBody ? findDateline(text, span) : undefined;
    const decided = forced.get(i);
    if (decided) {
      kind = decided.kind;
      rule = decided.rule;
      if (kind === 'title') titles++;
    } else if (bulletRun[i]) {
      kind = 'furniture';
      rule = 'segment.related-headlines';
    } else if (furniture) {
      kind = 'furniture';
      rule = furniture;
    } else if (header) {
      kind = 'header';
      rule = header;
    } else if (dl) {
      dateline = dl;
      seenBody = true;
    } else if (isHeadline(line)) {
      if (!seenBody && titles < 2) {
        kind = titles === 0 ? 'title' : 'subtitle';
        rule = titles === 0 ? 'segment.title' : 'segment.subtitle';
        titles++;
      } else {
        kind = 'heading';
        rule = 'segment.heading';
      }
    } else {
      seenBody = true;
    }
    paragraphs.push({ start: span.start, end: span.end, kind, rule });
  });

  const excluded: Span[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    if (!isExtractable(p.kind)) {
      excluded.push({ start: p.start, end: p.end });
      return;
    }
    let from = p.start;
    if (dateline && dateline.start >= p.start && dateline.end <= p.end) {
      excluded.push({ start: dateline.start, end: dateline.end });
      from = dateline.end;
    }
    const body = trimSpan(text, { start: from, end: p.end });
    if (body.end <= body.start) return;
    const multi = p.kind === 'body';
    // spans are { start, end } only; an explicit literal, not a spread (a spread per sentence showed in profiles)
    if (!multi) sentences.push({ start: body.start, end: body.end, paragraph: index });
    else for (const s of splitSentences(text, body)) sentences.push({ start: s.start, end: s.end, paragraph: index });
  });
  excluded.sort((a, b) => a.start - b.start);
  const result: Segmentation = { paragraphs, sentences, excluded };
  if (dateline) result.dateline = dateline;
  if (head) result.head = head;
  return result;
}
