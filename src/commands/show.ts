// `communique show <doc>`: a stored document with its extractions, from a read-only connection.
import { openReader } from '../db/connection.js';
import { findDocumentId, loadDocument } from '../db/reader.js';
import { contractRecord } from '../output/contract.js';
import { renderDocument } from '../output/table.js';
import { UsageError } from './errors.js';

export function show(ref: string, flags: { db: string; format: 'table' | 'json' | 'jsonl'; withText: boolean }): string {
  const db = openReader(flags.db);
  try {
    const ids = findDocumentId(db, ref);
    if (ids.length === 0) throw new UsageError(`no document matches "${ref}" in ${flags.db}`);
    if (ids.length > 1) throw new UsageError(`"${ref}" matches ${ids.length} documents (${ids.slice(0, 5).join(', ')}…); give more of the id`);
    const stored = loadDocument(db, ids[0] as string);
    if (!stored) throw new UsageError(`no document ${ids[0]}`);
    const { doc, extractions } = stored;
    if (flags.format === 'table') return renderDocument(doc, extractions);
    const record = contractRecord(doc, extractions, { withText: flags.withText });
    return flags.format === 'json' ? JSON.stringify(record, null, 2) : JSON.stringify(record);
  } finally {
    db.close();
  }
}
