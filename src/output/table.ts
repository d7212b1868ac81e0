// Human-readable rendering of a document and its extractions for the terminal.
import type { Document, Extractions } from '../types.js';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

export function renderDocument(doc: Document, ex: Extractions): string {
  const m = doc.meta;
  const lines: string[] = [];
  lines.push(`document ${doc.id}${doc.externalId ? ` (${doc.externalId})` : ''}${doc.file ? `  ${doc.file}` : ''}`);
  if (m.title) lines.push(`  title      ${clip(m.title.value)}`);
  lines.push(`  source     ${m.source.value} (${m.source.origin})${m.agency ? `, ${m.agency.value}` : ''}`);
  if (m.dateline) lines.push(`  dateline   ${m.dateline.place}${m.dateline.date ? `, ${m.dateline.date.value} (${m.dateline.date.origin})` : ''}`);
  lines.push(`  published  ${m.published ? `${m.published.value} (${m.published.origin})` : 'unknown'}`);
  if (m.updated) lines.push(`  updated    ${m.updated.value} (${m.updated.origin})`);
  lines.push(`  sentences  ${doc.sentences.length}, paragraphs ${doc.paragraphs.length}`);
  lines.push('', `dates (${ex.dates.length})`);
  for (const d of ex.dates) lines.push(`  ${String(d.start).padStart(6)}  ${d.type.padEnd(8)} ${(d.value + (d.mod ? ` ${d.mod}` : '')).padEnd(22)} ${clip(d.text, 40).padEnd(40)} ${d.rule}`);
  lines.push('', `casualties (${ex.casualties.length})`);
  for (const c of ex.casualties) {
    const n = c.low === c.high ? `${c.count}` : `${c.low}-${c.high}`;
    lines.push(`  ${String(c.start).padStart(6)}  ${n.padEnd(8)} ${c.qualifier.padEnd(9)} ${c.outcome.padEnd(8)} ${c.category.padEnd(10)} ${clip(c.text, 40).padEnd(40)} ${c.rule}`);
  }
  lines.push('', `groups (${ex.groups.length})`);
  for (const g of ex.groups) lines.push(`  ${String(g.start).padStart(6)}  ${g.id.padEnd(36)} ${g.match.padEnd(8)} ${clip(g.text, 36).padEnd(36)} ${g.rule}`);
  lines.push('', `claims (${ex.claims.length})`);
  for (const c of ex.claims) {
    const who = c.speaker ? `${c.speaker.name ?? c.speaker.text}` : '—';
    lines.push(`  ${String(c.start).padStart(6)}  ${c.kind.padEnd(8)} ${clip(who, 24).padEnd(24)} ${(c.cue?.text ?? '').padEnd(10)} ${clip(c.text, 60)}  [${c.rule}]`);
  }
  return lines.join('\n');
}
