// `communique conflicts`: figures of the same outcome, category, place and period that disagree,
// listed side by side (one line per figure in table and csv; one object per conflict in json).
import type { Store } from '../store/store.js';
import type { ConflictFilter, Paging } from '../query/types.js';
import { conflictColumns, conflictFigures } from '../query/columns.js';
import type { RowFormat } from '../output/rows.js';
import { defined, printPage, type QueryFlags } from './query-options.js';

/** The command's options: the query layer's filter plus the output options. */
export interface ConflictsFlags extends QueryFlags, Omit<ConflictFilter, keyof Paging> {}

export async function conflictsCommand(f: ConflictsFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.conflicts(defined({ category: f.category, outcome: f.outcome, from: f.from, to: f.to, place: f.place, unplaced: f.unplaced || undefined, limit: f.limit, offset: f.offset }));
  const format = f.format as RowFormat;
  if (format === 'json' || format === 'jsonl') printPage(page, [], format, out);
  else printPage({ ...page, rows: conflictFigures(page.rows) }, conflictColumns, format, out, page.rows.length);
}
