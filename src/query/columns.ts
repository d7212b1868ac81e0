// The columns of each query family, for the table and csv formats (json and jsonl print the rows).
import type { ColumnSpec } from '../output/rows.js';
import { markSentence, styleHighlights } from '../output/rows.js';
import type { CasualtyRow, ClaimRow, ConflictRow, DocumentRow, GroupRow, SpeakerRow } from './types.js';

const day = (s: string | null) => (s ? s.slice(0, 10) : '');
const figure = (r: CasualtyRow) => `${r.low === r.high ? r.count : `${r.low}-${r.high}`}${r.qualifier === 'exact' ? '' : ` (${r.qualifier})`}`;

export const claimColumns: ReadonlyArray<ColumnSpec<ClaimRow>> = [
  { name: 'date', value: (r) => day(r.date) },
  { name: 'speaker', value: (r) => r.speaker?.name ?? r.speakerText ?? '', flex: true },
  { name: 'speaker_id', value: (r) => r.speaker?.id ?? '', table: false },
  { name: 'cue', value: (r) => r.cue ?? '', table: false },
  { name: 'kind', value: (r) => r.kind, table: false },
  { name: 'sentence', value: (r, s) => (r.match?.in === 'claim' ? styleHighlights(r.match.highlighted, s) : markSentence(r.sentence, s)), flex: true },
  { name: 'content', value: (r) => r.text, table: false },
  { name: 'match', value: (r, s) => (r.match ? `${r.match.in}: ${styleHighlights(r.match.highlighted, s)}` : ''), table: false },
  { name: 'groups', value: (r) => r.groups.map((g) => g.id).join(' '), table: false },
  { name: 'figures', value: (r) => r.figures.map((f) => f.text).join(' | '), table: false },
  { name: 'document', value: (r) => r.document.id },
  { name: 'title', value: (r) => r.document.title ?? '', flex: true },
  { name: 'published', value: (r) => r.document.published ?? '', table: false },
  { name: 'source', value: (r) => r.document.source, table: false },
  { name: 'start', value: (r) => r.start, table: false },
  { name: 'end', value: (r) => r.end, table: false },
  { name: 'rule', value: (r) => r.rule, table: false },
];

export const casualtyColumns: ReadonlyArray<ColumnSpec<CasualtyRow>> = [
  { name: 'date', value: (r) => r.date ?? '' },
  { name: 'date_origin', value: (r) => r.dateOrigin ?? '', table: false },
  { name: 'figure', value: figure },
  { name: 'count', value: (r) => r.count, table: false },
  { name: 'low', value: (r) => r.low, table: false },
  { name: 'high', value: (r) => r.high, table: false },
  { name: 'qualifier', value: (r) => r.qualifier, table: false },
  { name: 'outcome', value: (r) => r.outcome },
  { name: 'category', value: (r) => r.category },
  { name: 'cumulative', value: (r) => r.cumulative, table: false },
  { name: 'place', value: (r) => r.place?.name ?? '' },
  { name: 'speaker', value: (r) => r.speaker?.name ?? '' },
  { name: 'sentence', value: (r, s) => markSentence(r.sentence, s), flex: true },
  { name: 'document', value: (r) => r.document.id },
  { name: 'title', value: (r) => r.document.title ?? '', table: false },
  { name: 'published', value: (r) => r.document.published ?? '', table: false },
  { name: 'start', value: (r) => r.start, table: false },
  { name: 'end', value: (r) => r.end, table: false },
  { name: 'rule', value: (r) => r.rule, table: false },
];

export const groupColumns: ReadonlyArray<ColumnSpec<GroupRow>> = [
  { name: 'id', value: (r) => r.id },
  { name: 'name', value: (r) => r.name, flex: true },
  { name: 'type', value: (r) => r.type },
  { name: 'mentions', value: (r) => r.mentions },
  { name: 'documents', value: (r) => r.documents },
  { name: 'claims', value: (r) => r.claims },
  { name: 'first_seen', value: (r) => r.firstSeen ?? '' },
  { name: 'last_seen', value: (r) => r.lastSeen ?? '' },
  { name: 'spellings', value: (r) => r.spellings.map((s) => `${s.text} (${s.count})`).join(', '), flex: true },
  { name: 'example', value: (r) => r.example?.sentence ?? '', flex: true },
];

export const speakerColumns: ReadonlyArray<ColumnSpec<SpeakerRow>> = [
  { name: 'id', value: (r) => r.id, flex: true },
  { name: 'name', value: (r) => r.name, flex: true },
  { name: 'type', value: (r) => r.type ?? '' },
  { name: 'role', value: (r) => r.role ?? '', table: false },
  { name: 'group', value: (r) => r.group ?? '', table: false },
  { name: 'claims', value: (r) => r.claims },
  { name: 'documents', value: (r) => r.documents },
  { name: 'first_seen', value: (r) => r.firstSeen ?? '' },
  { name: 'last_seen', value: (r) => r.lastSeen ?? '' },
  { name: 'aliases', value: (r) => r.aliases.join(', '), flex: true },
];

export const documentColumns: ReadonlyArray<ColumnSpec<DocumentRow>> = [
  { name: 'id', value: (r) => r.id },
  { name: 'published', value: (r) => day(r.published) },
  { name: 'source', value: (r) => r.source },
  { name: 'title', value: (r) => r.title ?? r.file ?? '', flex: true },
  { name: 'match', value: (r, s) => (r.match ? styleHighlights(r.match.highlighted, s) : ''), flex: true },
  { name: 'counts', value: (r) => Object.entries(r.counts).map(([k, n]) => `${k} ${n}`).join(', ') },
  { name: 'file', value: (r) => r.file ?? '', table: false },
  { name: 'external_id', value: (r) => r.externalId ?? '', table: false },
  { name: 'url', value: (r) => r.url ?? '', table: false },
  { name: 'dateline', value: (r) => r.datelinePlace ?? '', table: false },
];

/** Conflicts flatten to one line per figure, each with its group's key. */
export interface ConflictFigure {
  conflict: ConflictRow;
  figure: CasualtyRow;
}

export const conflictColumns: ReadonlyArray<ColumnSpec<ConflictFigure>> = [
  { name: 'conflict', value: (r) => `${r.conflict.outcome} ${r.conflict.category}${r.conflict.cumulative ? ' (total)' : ''}, ${r.conflict.place ?? 'place unknown'}, ${r.conflict.period}` },
  { name: 'key', value: (r) => r.conflict.key, table: false },
  ...casualtyColumns
    .filter((c) => !['outcome', 'category', 'place'].includes(c.name))
    .map((c): ColumnSpec<ConflictFigure> => ({ ...c, value: (r, s) => c.value(r.figure, s) })),
];

export const conflictFigures = (rows: readonly ConflictRow[]): ConflictFigure[] => rows.flatMap((conflict) => conflict.figures.map((figure) => ({ conflict, figure })));
