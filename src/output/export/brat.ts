// brat standoff (https://brat.nlplab.org/standoff.html): `<id>.txt` (the stored text) and `<id>.ann`
// per document, so annotators can review and correct extractions in brat and turn them into gold.
// Every item is a text-bound annotation typed by its extractor; an item's sub-spans (a claim's
// speaker and cue, a figure's place) are their own annotations linked to it by a relation named after
// the field; scalar values (value, count, id, rule…) go in an AnnotatorNotes line. brat offsets count
// Unicode code points, and spans crossing a line break are split into fragments.
import type { Document } from '../../types.js';
import type { Extractions } from '../../pipeline.js';
import type { Registry } from '../../registry.js';

const isSpan = (v: unknown): v is { start: number; end: number; text: string } =>
  typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number' && typeof (v as { text?: unknown }).text === 'string';

/** UTF-16 offset → code-point offset, for every offset of the text. */
function codePointOffsets(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/** `start end[;start end…]` in code points, one fragment per line of the span. */
function fragments(text: string, start: number, end: number, cp: Int32Array): { offsets: string; text: string } {
  const parts: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      // trim the line break and surrounding whitespace from the fragment
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a] as string)) a++;
      while (b > a && /\s/.test(text[b - 1] as string)) b--;
      if (b > a) parts.push([a, b]);
      s = i + 1;
    }
  }
  if (parts.length === 0) parts.push([start, end]);
  return { offsets: parts.map(([a, b]) => `${cp[a]} ${cp[b]}`).join(';'), text: parts.map(([a, b]) => text.slice(a, b)).join(' ') };
}

const noteValue = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)).replace(/[\t\n\r]+/g, ' ');

export function bratAnnotations(doc: Document, ex: Extractions, registry: Registry): string {
  const cp = codePointOffsets(doc.text);
  const lines: string[] = [];
  let t = 0;
  let r = 0;
  let n = 0;
  for (const e of registry.extractors) {
    for (const item of ex[e.name] ?? []) {
      const id = `T${++t}`;
      const f = fragments(doc.text, item.start, item.end, cp);
      lines.push(`${id}\t${e.name} ${f.offsets}\t${f.text}`);
      const notes: string[] = [];
      for (const [field, v] of Object.entries(item)) {
        if (['start', 'end', 'text'].includes(field) || v === undefined || v === null) continue;
        if (isSpan(v)) {
          const sub = `T${++t}`;
          const sf = fragments(doc.text, v.start, v.end, cp);
          lines.push(`${sub}\t${e.name}-${field} ${sf.offsets}\t${sf.text}`);
          lines.push(`R${++r}\t${field} Arg1:${id} Arg2:${sub}`);
          const rest = Object.entries(v).filter(([k, x]) => !['start', 'end', 'text'].includes(k) && x !== undefined && x !== null);
          if (rest.length) lines.push(`#${++n}\tAnnotatorNotes ${sub}\t${rest.map(([k, x]) => `${k}=${noteValue(x)}`).join('; ')}`);
        } else if (!Array.isArray(v) || v.length) {
          notes.push(`${field}=${noteValue(v)}`);
        }
      }
      if (notes.length) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${notes.join('; ')}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** annotation.conf for the entity and relation types the export writes. */
export function bratConfig(docs: Iterable<{ doc: Document; extractions: Extractions }>, registry: Registry): string {
  const entities = new Set<string>(registry.extractors.map((e) => e.name));
  const relations = new Map<string, Set<string>>();
  for (const { extractions } of docs) {
    for (const e of registry.extractors) {
      for (const item of extractions[e.name] ?? []) {
        for (const [field, v] of Object.entries(item)) {
          if (!isSpan(v)) continue;
          entities.add(`${e.name}-${field}`);
          let args = relations.get(field);
          if (!args) relations.set(field, (args = new Set()));
          args.add(`Arg1:${e.name}, Arg2:${e.name}-${field}`);
        }
      }
    }
  }
  const rel = [...relations].flatMap(([name, args]) => [...args].map((a) => `${name}\t${a}`));
  return `# written by communique export --format brat\n[entities]\n${[...entities].join('\n')}\n\n[relations]\n${rel.join('\n')}\n<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n`;
}

export interface BratAnnotation {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** Reads an .ann file back: text-bound annotations, relations and notes (for the round-trip test and tools). */
export function parseBrat(ann: string): { spans: BratAnnotation[]; relations: Array<{ id: string; type: string; arg1: string; arg2: string }>; notes: Map<string, string> } {
  const spans: BratAnnotation[] = [];
  const relations: Array<{ id: string; type: string; arg1: string; arg2: string }> = [];
  const notes = new Map<string, string>();
  for (const line of ann.split('\n')) {
    if (!line) continue;
    const [id, mid, text] = line.split('\t') as [string, string, string | undefined];
    if (id.startsWith('T')) {
      const sp = mid.indexOf(' ');
      const frags = mid
        .slice(sp + 1)
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      spans.push({ id, type: mid.slice(0, sp), fragments: frags, text: text ?? '' });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = mid.split(' ') as [string, string, string];
      relations.push({ id, type, arg1: a1.replace('Arg1:', ''), arg2: a2.replace('Arg2:', '') });
    } else if (id.startsWith('#')) {
      notes.set(mid.split(' ')[1] as string, text ?? '');
    }
  }
  return { spans, relations, notes };
}
