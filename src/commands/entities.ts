// `communique groups`, `communique speakers`, `communique documents`: the lists with their counts.
import type { Store } from '../store/store.js';
import type { DocumentSort } from '../query/types.js';
import { documentColumns, groupColumns, speakerColumns } from '../query/columns.js';
import type { RowFormat } from '../output/rows.js';
import { defined, printPage, type QueryFlags } from './query-options.js';

export interface GroupsFlags extends QueryFlags {
  group?: string;
  from?: string;
  to?: string;
  document?: string[];
  all?: boolean;
  unknown?: boolean;
}

export async function groupsCommand(f: GroupsFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.groups(defined({ group: f.group, from: f.from, to: f.to, document: f.document, all: f.all || undefined, unknown: f.unknown || undefined, limit: f.limit, offset: f.offset }));
  printPage(page, groupColumns, f.format as RowFormat, out);
}

export interface SpeakersFlags extends QueryFlags {
  speaker?: string;
  type?: string;
  from?: string;
  to?: string;
}

export async function speakersCommand(f: SpeakersFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.speakers(defined({ speaker: f.speaker, type: f.type, from: f.from, to: f.to, limit: f.limit, offset: f.offset }));
  printPage(page, speakerColumns, f.format as RowFormat, out);
}

export interface DocumentsFlags extends QueryFlags {
  from?: string;
  to?: string;
  source?: string;
  search?: string;
  speaker?: string;
  group?: string;
  sort?: DocumentSort;
}

export async function documentsCommand(f: DocumentsFlags, store: Store, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const page = await store.documents(defined({ from: f.from, to: f.to, source: f.source, search: f.search, speaker: f.speaker, group: f.group, sort: f.sort, limit: f.limit, offset: f.offset }));
  printPage(page, documentColumns, f.format as RowFormat, out);
}
