// A document's text with its extractions marked: one mark per item of every extractor and per
// sub-span of an item (a claim's speaker and cue, a figure's place), properly nested (a span that
// crosses an earlier one is dropped). Rendered with brackets, ANSI colours (show) or HTML (web).
import type { Document } from '../types.js';
import type { Extractions } from '../pipeline.js';
import type { Registry } from '../registry.js';

export interface TextMark {
  start: number;
  end: number;
  /** Extractor name. */
  kind: string;
  /** Sub-span field (`speaker`, `cue`, `place`…), absent for the item itself. */
  field?: string;
  /** Index of the item in its extractor's array. */
  index: number;
}

const isSpan = (v: unknown): v is { start: number; end: number } =>
  typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number' && typeof (v as { text?: unknown }).text === 'string';

export function textMarks(doc: Document, ex: Extractions, registry: Registry): TextMark[] {
  const marks: TextMark[] = [];
  for (const e of registry.extractors) {
    (ex[e.name] ?? []).forEach((item, index) => {
      marks.push({ start: item.start, end: item.end, kind: e.name, index });
      for (const [field, v] of Object.entries(item)) if (isSpan(v)) marks.push({ start: v.start, end: v.end, kind: e.name, field, index });
    });
  }
  const valid = marks.filter((m) => m.start >= 0 && m.end <= doc.text.length && m.end > m.start);
  // outer spans first at the same start; then keep only properly nested ones
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMark[] = [];
  const stack: TextMark[] = [];
  for (const m of valid) {
    while (stack.length && (stack[stack.length - 1] as TextMark).end <= m.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && m.end > top.end) continue; // crosses its enclosing span
    kept.push(m);
    stack.push(m);
  }
  return kept;
}

/** The text with marks opened and closed; `esc` escapes the text between them. */
export function renderMarks(text: string, marks: readonly TextMark[], open: (m: TextMark) => string, close: (m: TextMark) => string, esc: (s: string) => string = (s) => s): string {
  let out = '';
  let pos = 0;
  const stack: TextMark[] = [];
  const closeUntil = (at: number) => {
    while (stack.length && (stack[stack.length - 1] as TextMark).end <= at) {
      const m = stack.pop() as TextMark;
      out += esc(text.slice(pos, m.end)) + close(m);
      pos = m.end;
    }
  };
  for (const m of marks) {
    closeUntil(m.start);
    out += esc(text.slice(pos, m.start)) + open(m);
    pos = m.start;
    stack.push(m);
  }
  closeUntil(Infinity);
  return out + esc(text.slice(pos));
}

const COLOURS = ['36', '35', '31', '33', '32', '34'];

/** For the terminal: colour per extractor (brackets with the kind when not a terminal). */
export function markedText(doc: Document, ex: Extractions, registry: Registry, color: boolean): string {
  const marks = textMarks(doc, ex, registry);
  const colourOf = (m: TextMark) => COLOURS[registry.extractors.findIndex((e) => e.name === m.kind) % COLOURS.length] as string;
  if (color) {
    // ANSI colours do not nest: re-open the enclosing colour after an inner mark closes
    const stack: TextMark[] = [];
    return renderMarks(
      doc.text,
      marks,
      (m) => (stack.push(m), `\u001b[${m.field ? '4;' : ''}${colourOf(m)}m`),
      () => {
        stack.pop();
        const outer = stack[stack.length - 1];
        return outer ? `\u001b[0m\u001b[${outer.field ? '4;' : ''}${colourOf(outer)}m` : '\u001b[0m';
      },
    );
  }
  return renderMarks(doc.text, marks, () => '[', (m) => `|${m.kind}${m.field ? `.${m.field}` : ''}]`);
}
