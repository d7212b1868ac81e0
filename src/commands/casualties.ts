// `communique casualties`: casualty figures filtered by category, outcome, date, place, size, speaker.
import type { Store } from '../store/store.js';
import type { CasualtyFilter, Paging } from '../query/types.js';
import { casualtyColumns } from '../query/columns.js';
import type { RowFormat } from '../output/rows.js';
import { defined, printPage, type QueryFlags } from './query-options.js';

/** The command's options: the query layer's filter plus the output options. */
export interface CasualtiesFlags extends QueryFlags, Omit<CasualtyFilter, keyof Paging> {}

export async function casualtiesCommand(f: CasualtiesFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.casualties(
    defined({ category: f.category, outcome: f.outcome, from: f.from, to: f.to, place: f.place, min: f.min, max: f.max, speaker: f.speaker, document: f.document, source: f.source, sort: f.sort, limit: f.limit, offset: f.offset }),
  );
  printPage(page, casualtyColumns, f.format as RowFormat, out);
}
