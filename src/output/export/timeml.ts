// TimeML: the stored text with every date inline as a TIMEX3 element (type, value, mod; inferred
// values marked temporalFunction="true" and anchored to the document creation time t0), the
// publication date as the DCT — the format TimeML tools (TARSQI, the TempEval scorers) read.
import type { Document } from '../../types.js';
import type { Extractions } from '../../pipeline.js';
import type { Registry } from '../../registry.js';
import { QueryError } from '../../query/types.js';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const xmlEscape = (s: string) => s.replace(INVALID_XML, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MODS = new Set(['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'START', 'MID', 'END', 'APPROX']);

interface DateItem {
  start: number;
  end: number;
  type?: string;
  value?: string;
  mod?: string;
  inferred?: Record<string, string>;
}

export function timeml(doc: Document, ex: Extractions, registry: Registry): string {
  if (!registry.get('dates')) throw new QueryError('--format timeml needs the "dates" extractor, which is not in the registry');
  const dates = ([...(ex.dates ?? [])] as DateItem[]).map((d, i) => ({ ...d, tid: `t${i + 1}` })).sort((a, b) => a.start - b.start);
  const published = doc.meta.published?.value.slice(0, 10);
  let body = '';
  let pos = 0;
  for (const d of dates) {
    if (d.start < pos || d.end > doc.text.length) continue; // overlapping or out of range: not inline-able
    const inferred = d.inferred && Object.keys(d.inferred).length > 0;
    const attrs = [`tid="${d.tid}"`, `type="${xmlEscape(d.type ?? 'DATE')}"`, `value="${xmlEscape(d.value ?? '')}"`];
    if (d.mod && MODS.has(d.mod)) attrs.push(`mod="${d.mod}"`);
    attrs.push(`temporalFunction="${inferred ? 'true' : 'false'}"`);
    if (inferred && published) attrs.push('anchorTimeID="t0"');
    body += `${xmlEscape(doc.text.slice(pos, d.start))}<TIMEX3 ${attrs.join(' ')}>${xmlEscape(doc.text.slice(d.start, d.end))}</TIMEX3>`;
    pos = d.end;
  }
  body += xmlEscape(doc.text.slice(pos));
  const dct = published ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${xmlEscape(published)}" temporalFunction="false" functionInDocument="CREATION_TIME">${xmlEscape(published)}</TIMEX3></DCT>\n` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n<DOCID>${xmlEscape(doc.externalId ?? doc.id)}</DOCID>\n${dct}<TEXT>${body}</TEXT>\n</TimeML>\n`;
}
