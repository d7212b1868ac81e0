// Human-readable rendering of a document and its extractions for the terminal: the document's
// metadata, then one section per extractor of the registry, each row from its descriptor.
import type { Document } from '../types.js';
import type { Extractions } from '../pipeline.js';
import type { Registry } from '../registry.js';
import { clip } from './format.js';

export function renderDocument(doc: Document, ex: Extractions, registry: Registry): string {
  const m = doc.meta;
  const lines: string[] = [];
  lines.push(`document ${doc.id}${doc.externalId ? ` (${doc.externalId})` : ''}${doc.file ? `  ${doc.file}` : ''}`);
  if (m.title) lines.push(`  title      ${clip(m.title.value)}`);
  lines.push(`  source     ${m.source.value} (${m.source.origin})${m.agency ? `, ${m.agency.value}` : ''}`);
  if (m.dateline) lines.push(`  dateline   ${m.dateline.place}${m.dateline.date ? `, ${m.dateline.date.value} (${m.dateline.date.origin})` : ''}`);
  lines.push(`  published  ${m.published ? `${m.published.value} (${m.published.origin})` : 'unknown'}`);
  if (m.updated) lines.push(`  updated    ${m.updated.value} (${m.updated.origin})`);
  lines.push(`  sentences  ${doc.sentences.length}, paragraphs ${doc.paragraphs.length}`);
  for (const e of registry.extractors) {
    const items = ex[e.name] ?? [];
    lines.push('', `${e.name} (${items.length})`);
    for (const item of items) lines.push(e.render.row(item));
  }
  return lines.join('\n');
}
