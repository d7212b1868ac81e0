// Author claims: ministry statements (every body paragraph, the institution speaking) and
// transcripts (each paragraph of a speaker's turn; Question turns skipped).
import type { Document, Span } from '../../src/types.js';
import { TITLE_SPEAKER } from './frames.js';
import { wordCount } from './quotes.js';
import { patternOf } from './rules.js';
import type { Draft } from './text.js';


/** Ministry statements: every body paragraph; transcripts: every paragraph of a speaker's turn. */
export function authorClaims(doc: Document, drafts: Draft[], statements = true): void {
  let kind = doc.meta.source.value;
  const text = doc.text;
  // a statement speaks in its own voice: a text quoting others with cues is a story, not a statement
  if (kind === 'ministry' && drafts.some((d) => d.kind === 'direct' && d.cue)) kind = 'other';
  // an institution speaks as "we": a first-person singular narrator (outside quotations) is a columnist
  if (kind === 'ministry' && (text.replace(/[“"][^“”"]*[”"]/g, ' ').match(/\b(?:I|me|my)\b/g)?.length ?? 0) >= 2) kind = 'other';
  // interview transcripts inside stories: paragraphs opening with an upper-case label "WALLACE: …"
  const labels = doc.paragraphs.filter((p) => p.kind === 'body' && /^["“]?\p{Lu}[\p{Lu}.'’ -]{1,30}:[\s\u00A0]/u.test(doc.text.slice(p.start, Math.min(p.end, p.start + 40)))).length;
  const embedded = kind !== 'transcript' && labels >= 2;
  if (embedded) kind = 'transcript';
  if (kind === 'ministry' && !statements) return;
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
  let cue: Span | null = null;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    let start = p.start;
    const para = text.slice(p.start, p.end);
    if (kind === 'transcript') {
      const m = patternOf('claims.author-turn').exec(para);
      if (m?.groups) {
        question = /^(?:question|q|answer|a)$/i.test(m.groups.label!.trim());
        // a transcript quoted whole opens each turn with a quotation mark: '"PENCE: …'
        const at = p.start + m[0].indexOf(m.groups.label!);
        if (!question) turn = { start: at, end: at + m.groups.label!.length };
        start = p.start + m[0].length;
        // an interview inside a story: the label's colon is the cue, as in a headline "X: …"
        const colon = p.start + m[0].lastIndexOf(':');
        cue = embedded ? { start: colon, end: colon + 1 } : null;
      } else if (embedded) continue;
      if (question) continue;
    }
    const end = trimEndKeepPeriod(text, start, p.end);
    const body = text.slice(start, end);
    if (wordCount(text, { start, end }) < 5 || /,$/.test(body) || (/:$/.test(body) && wordCount(text, { start, end }) < 10)) continue; // salutations, lead-ins
    drafts.push({ start, end, kind: 'author', speaker: kind === 'transcript' ? turn : null, cue: kind === 'transcript' ? cue : null, rule: kind === 'transcript' ? 'claims.author-turn' : 'claims.author-statement' });
  }
}

function trimEndKeepPeriod(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s\u00A0]/.test(text[e - 1]!)) e--;
  return e;
}
