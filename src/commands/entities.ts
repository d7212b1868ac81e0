// `communique groups`, `communique speakers`, `communique documents`: the lists with their counts.
import type { Store } from '../store/store.js';
import type { DocumentFilter, GroupFilter, Paging, SpeakerFilter } from '../query/types.js';
import { documentColumns, groupColumns, speakerColumns } from '../query/columns.js';
import type { RowFormat } from '../output/rows.js';
import { defined, printPage, type QueryFlags } from './query-options.js';

/** The command's options: the query layer's filter plus the output options. */
export interface GroupsFlags extends QueryFlags, Omit<GroupFilter, keyof Paging> {}

export async function groupsCommand(f: GroupsFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.groups(defined({ group: f.group, from: f.from, to: f.to, document: f.document, all: f.all || undefined, unknown: f.unknown || undefined, limit: f.limit, offset: f.offset }));
  printPage(page, groupColumns, f.format as RowFormat, out);
}

/** The command's options: the query layer's filter plus the output options. */
export interface SpeakersFlags extends QueryFlags, Omit<SpeakerFilter, keyof Paging> {}

export async function speakersCommand(f: SpeakersFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.speakers(defined({ speaker: f.speaker, type: f.type, from: f.from, to: f.to, limit: f.limit, offset: f.offset }));
  printPage(page, speakerColumns, f.format as RowFormat, out);
}

/** The command's options: the query layer's filter plus the output options. */
export interface DocumentsFlags extends QueryFlags, Omit<DocumentFilter, keyof Paging> {}

export async function documentsCommand(f: DocumentsFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.documents(defined({ from: f.from, to: f.to, source: f.source, search: f.search, speaker: f.speaker, group: f.group, sort: f.sort, limit: f.limit, offset: f.offset }));
  printPage(page, documentColumns, f.format as RowFormat, out);
}
