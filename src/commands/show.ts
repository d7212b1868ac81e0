// `communique show <doc…>`: stored documents with their extractions, from a read-only store. The
// table format prints the metadata, the text with every extraction marked (colour on a terminal,
// brackets otherwise) and one line per item.
import { contractRecord } from '../output/contract.js';
import { renderDocument } from '../output/table.js';
import { markedText } from '../output/highlight.js';
import type { Registry } from '../registry.js';
import type { Store } from '../store/store.js';
import { UsageError } from './errors.js';

export interface ShowFlags {
  format: 'table' | 'json' | 'jsonl';
  withText: boolean;
  color?: boolean;
}

export async function show(refs: string | readonly string[], flags: ShowFlags, store: Store, registry: Registry): Promise<string> {
  const list = typeof refs === 'string' ? [refs] : refs;
  const out: string[] = [];
  const records: unknown[] = [];
  for (const ref of list) {
    const ids = await store.findDocuments(ref);
    if (ids.length === 0) throw new UsageError(`no document matches "${ref}" in ${store.location}`);
    if (ids.length > 1) throw new UsageError(`"${ref}" matches ${ids.length} documents (${ids.slice(0, 5).join(', ')}…); give more of the id`);
    const stored = await store.loadDocument(ids[0] as string);
    if (!stored) throw new UsageError(`no document ${ids[0]}`);
    const { doc, extractions } = stored;
    if (flags.format === 'table') {
      out.push(`${renderDocument(doc, extractions, registry)}\n\ntext\n${markedText(doc, extractions, registry, flags.color ?? false)}`);
      continue;
    }
    const record = contractRecord(doc, extractions, registry, { withText: flags.withText });
    if (flags.format === 'jsonl') out.push(JSON.stringify(record));
    else records.push(record);
  }
  if (flags.format === 'json') return JSON.stringify(records.length === 1 ? records[0] : records, null, 2);
  return out.join(flags.format === 'table' ? '\n\n' : '\n');
}
