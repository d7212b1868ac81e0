// `communique show <doc>`: a stored document with its extractions, from a read-only store.
import { contractRecord } from '../output/contract.js';
import { renderDocument } from '../output/table.js';
import type { Registry } from '../registry.js';
import type { Store } from '../store/store.js';
import { UsageError } from './errors.js';

export async function show(ref: string, flags: { format: 'table' | 'json' | 'jsonl'; withText: boolean }, store: Store, registry: Registry): Promise<string> {
  const ids = await store.findDocuments(ref);
  if (ids.length === 0) throw new UsageError(`no document matches "${ref}" in ${store.location}`);
  if (ids.length > 1) throw new UsageError(`"${ref}" matches ${ids.length} documents (${ids.slice(0, 5).join(', ')}…); give more of the id`);
  const stored = await store.loadDocument(ids[0] as string);
  if (!stored) throw new UsageError(`no document ${ids[0]}`);
  const { doc, extractions } = stored;
  if (flags.format === 'table') return renderDocument(doc, extractions, registry);
  const record = contractRecord(doc, extractions, registry, { withText: flags.withText });
  return flags.format === 'json' ? JSON.stringify(record, null, 2) : JSON.stringify(record);
}
