// `documents(filter)`: stored documents with their metadata and item counts, filtered by date,
// source, full text (documents_fts, ranked, matches highlighted), speaker or group; and the ids an
// export walks.
import type { DocumentFilter, DocumentRow, Page } from '../../../query/types.js';
import { QueryError } from '../../../query/types.js';
import { tableExists } from '../extractor-tables.js';
import { checkDate, checkInput, fromBound, jsonList, paging, q, resolveDocuments, SOURCE_SQL, toBound, withFts, type QueryContext } from './common.js';
import { HL_CLOSE, HL_OPEN } from './claims.js';

const SORTS: Record<string, string> = {
  date: 'd.published ASC, d.id',
  '-date': 'd.published DESC, d.id',
  title: 'd.title ASC, d.id',
  rank: 'dh.r, d.published DESC, d.id',
};

interface DocSqlRow {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
  url: string | null;
  kind: string;
  agency: string | null;
  file: string | null;
  external_id: string | null;
  dateline_place: string | null;
  doc_rowid: number;
}

export function queryDocuments(ctx: QueryContext, f: DocumentFilter): Page<DocumentRow> {
  ctx.fresh();
  const { limit, offset } = paging(f);
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  const from = fromBound(checkDate('--from', f.from));
  const to = toBound(checkDate('--to', f.to));
  if (from) (sql.push('substr(d.published, 1, 10) >= @from'), (params.from = from));
  if (to) (sql.push('substr(d.published, 1, 10) <= @to'), (params.to = to));
  if (checkInput('--source', f.source)) (sql.push(SOURCE_SQL), (params.source = f.source));
  if (checkInput('--speaker', f.speaker)) {
    const ids = ctx.resolveSpeakers(f.speaker as string);
    if (!ids.length) return { rows: [], total: 0, limit, offset };
    sql.push('d.id IN (SELECT document_id FROM claim_facts WHERE speaker_id IN (SELECT value FROM json_each(@speakers)))');
    params.speakers = jsonList(ids);
  }
  if (checkInput('--group', f.group)) {
    const groups = ctx.registry.get('groups');
    if (!groups) throw new QueryError('--group needs the "groups" extractor, which is not in the registry');
    const ids = ctx.resolveGroups(f.group as string);
    if (!ids.length) return { rows: [], total: 0, limit, offset };
    sql.push(`d.id IN (SELECT document_id FROM ${q(groups.storage.table)} WHERE group_id IN (SELECT value FROM json_each(@groups)))`);
    params.groups = jsonList(ids);
  }
  const search = checkInput('--search', f.search)?.trim() || undefined;
  if (f.sort && !SORTS[f.sort]) throw new QueryError(`--sort: one of ${Object.keys(SORTS).join(', ')}`);
  const sort = f.sort ?? (search ? 'rank' : '-date');
  if (sort === 'rank' && !search) throw new QueryError('--sort rank needs --search');
  let cte = '';
  let join = '';
  if (search) {
    // documents_fts rows share the documents' rowids (migration 4): joined on them, its own copy of the
    // text is never read
    cte = 'WITH dh AS (SELECT rowid AS doc_rowid, bm25(documents_fts) AS r FROM documents_fts WHERE documents_fts MATCH @q) ';
    join = 'JOIN dh ON dh.doc_rowid = d.rowid';
    params.q = search;
  }
  const body = `FROM documents d ${join} ${sql.length ? `WHERE ${sql.join(' AND ')}` : ''}`;
  const run = () => {
    const total = ctx.prepare(`${cte}SELECT count(*) ${body}`).pluck().get(params) as number;
    const rows = ctx
      .prepare(`${cte}SELECT d.id, d.title, d.published, coalesce(lower(d.agency), d.source_kind) AS source, d.url, d.source_kind AS kind, d.agency, d.file,
        d.external_id, d.dateline_place, d.rowid AS doc_rowid ${body} ORDER BY ${SORTS[sort]} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as DocSqlRow[];
    return { total, rows };
  };
  const { total, rows } = search ? withFts(search, run) : run();
  const counters = ctx.registry.extractors
    .filter((e) => tableExists(ctx.db, e.storage.table))
    .map((e) => [e.name, ctx.prepare(`SELECT count(*) FROM ${q(e.storage.table)} WHERE document_id = ?`).pluck()] as const);
  const snippet = ctx.prepare(`SELECT snippet(documents_fts, -1, '${HL_OPEN}', '${HL_CLOSE}', '…', 24) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = CAST(? AS INTEGER)`).pluck();
  return {
    rows: rows.map((r) => {
      const row: DocumentRow = {
        id: r.id,
        title: r.title,
        published: r.published,
        source: r.source,
        url: r.url,
        kind: r.kind,
        agency: r.agency,
        file: r.file,
        externalId: r.external_id,
        datelinePlace: r.dateline_place,
        counts: Object.fromEntries(counters.map(([name, st]) => [name, st.get(r.id) as number])),
      };
      if (search) row.match = { highlighted: (withFts(search, () => snippet.get(search, r.doc_rowid)) as string | undefined) ?? '' };
      return row;
    }),
    total,
    limit,
    offset,
  };
}

/** Ids to export: the given references resolved (unknown ones are an error), or every document. */
export function exportIds(ctx: QueryContext, refs: readonly string[] | undefined): string[] {
  const ids = resolveDocuments(ctx.db, refs);
  if (ids) return [...new Set(ids)];
  return ctx.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
}
