// `claims(filter)`: claims with their speaker entity, document, sentence, groups and figures; the
// filters combine (AND). Full-text search covers the claim content and speaker name (claims_fts) and
// the documents' text (documents_fts): claims matching in their content rank first.
import type { ClaimFilter, ClaimRow, Page } from '../../../query/types.js';
import { QueryError } from '../../../query/types.js';
import {
  checkDate, checkInput, DOCUMENT_COLUMNS, documentRef, fromBound, ftsOf, jsonList, paging, parseJson, q, resolveDocuments,
  sentenceRef, SOURCE_SQL, speakerRef, tableOf, toBound, withFts, type DocumentCols, type QueryContext,
} from './common.js';

export const HL_OPEN = '\u0002';
export const HL_CLOSE = '\u0003';

interface ClaimSqlRow extends DocumentCols {
  id: number;
  document_id: string;
  idx: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  rule: string;
  inferred_json: string | null;
  speaker_text: string | null;
  cue_text: string | null;
  speaker_id: string | null;
  speaker_name: string | null;
  speaker_type: string | null;
  published: string | null;
  sentence_start: number;
  sentence_end: number;
  claim_hit: number | null;
  doc_rowid: number | null;
}

const SORTS: Record<string, string> = {
  date: 'f.published ASC, c.document_id, c.idx',
  '-date': 'f.published DESC, c.document_id, c.idx',
  speaker: 's.name ASC, f.published DESC, c.document_id, c.idx',
  document: 'c.document_id, c.idx',
  rank: 'h.tier, h.r, f.published DESC, c.document_id, c.idx',
};

/** Builds the WHERE clause and its bound parameters; an empty resolution means no rows at all. */
function where(ctx: QueryContext, f: ClaimFilter): { sql: string[]; params: Record<string, unknown>; none: boolean } {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  let none = false;
  if (checkInput('--speaker', f.speaker)) {
    const ids = ctx.resolveSpeakers(f.speaker as string);
    if (ids.length === 0) none = true;
    sql.push('f.speaker_id IN (SELECT value FROM json_each(@speakers))');
    params.speakers = jsonList(ids);
  }
  if (checkInput('--group', f.group)) {
    const groups = ctx.registry.get('groups');
    if (!groups) throw new QueryError('--group needs the "groups" extractor, which is not in the registry');
    const ids = ctx.resolveGroups(f.group as string);
    if (ids.length === 0) none = true;
    sql.push(`(c.document_id, c.idx) IN (SELECT l.document_id, l.from_idx FROM ${q(groups.storage.table)} g
      JOIN links l ON l.document_id = g.document_id AND l.to_kind = @groupsKind AND l.to_idx = g.idx
      WHERE g.group_id IN (SELECT value FROM json_each(@groups)) AND l.from_kind = @claimsKind)`);
    params.groups = jsonList(ids);
    params.groupsKind = 'groups';
    params.claimsKind = 'claims';
  }
  const from = fromBound(checkDate('--from', f.from));
  const to = toBound(checkDate('--to', f.to));
  if (from) (sql.push('f.published >= @from'), (params.from = from));
  if (to) (sql.push('f.published <= @to'), (params.to = to));
  const docs = resolveDocuments(ctx.db, f.document);
  if (docs) (sql.push('c.document_id IN (SELECT value FROM json_each(@docs))'), (params.docs = jsonList(docs)));
  if (checkInput('--source', f.source)) (sql.push(SOURCE_SQL), (params.source = f.source));
  if (checkInput('--kind', f.kind)) (sql.push('c.kind = @kind'), (params.kind = f.kind));
  if (f.withFigures) sql.push('f.figures > 0');
  return { sql, params, none };
}

export function queryClaims(ctx: QueryContext, filter: ClaimFilter): Page<ClaimRow> {
  ctx.fresh();
  const claims = tableOf(ctx.registry, 'claims');
  const { limit, offset } = paging(filter);
  const w = where(ctx, filter);
  const search = checkInput('--search', filter.search)?.trim() || undefined;
  if (filter.sort && !SORTS[filter.sort]) throw new QueryError(`--sort: one of ${Object.keys(SORTS).join(', ')}`);
  const sort = filter.sort ?? (search ? 'rank' : '-date');
  if (sort === 'rank' && !search) throw new QueryError('--sort rank needs --search');
  if (w.none) return { rows: [], total: 0, limit, offset };

  const claimsFts = ftsOf(ctx.registry, 'claims', 'text');
  let cte = '';
  if (search) {
    w.params.q = search;
    const hits = claimsFts ? `SELECT rowid AS id, bm25(${q(claimsFts.table)}) AS r FROM ${q(claimsFts.table)} WHERE ${q(claimsFts.table)} MATCH @q` : 'SELECT NULL AS id, NULL AS r WHERE 0';
    // the claims whose content matches (tier 0), then the other claims of matching documents (tier 1)
    cte = `WITH ch AS MATERIALIZED (${hits}),
      dh AS MATERIALIZED (SELECT document_id, rowid AS doc_rowid, bm25(documents_fts) AS r FROM documents_fts WHERE documents_fts MATCH @q),
      hits AS MATERIALIZED (
        SELECT ch.id, 0 AS tier, ch.r, NULL AS doc_rowid FROM ch
        UNION ALL
        SELECT c2.id, 1, dh.r, dh.doc_rowid FROM dh JOIN ${q(claims)} c2 ON c2.document_id = dh.document_id WHERE c2.id NOT IN (SELECT id FROM ch)) `;
  }
  const from = `FROM ${search ? `hits h JOIN ${q(claims)} c ON c.id = h.id JOIN claim_facts f` : `claim_facts f CROSS JOIN ${q(claims)} c`} ON f.document_id = c.document_id AND f.idx = c.idx
    JOIN documents d ON d.id = c.document_id
    LEFT JOIN speakers s ON s.id = f.speaker_id
    ${w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''}`;
  const select = `${cte}SELECT c.id, c.document_id, c.idx, c.start, c."end", c.text, c.kind, c.rule, c.inferred_json, c.speaker_text, c.cue_text,
      f.speaker_id, s.name AS speaker_name, s.type AS speaker_type, f.published, f.sentence_start, f.sentence_end,
      ${search ? 'CASE h.tier WHEN 0 THEN c.id END AS claim_hit, h.doc_rowid' : 'NULL AS claim_hit, NULL AS doc_rowid'}, ${DOCUMENT_COLUMNS}
    ${from} ORDER BY ${SORTS[sort]} LIMIT @limit OFFSET @offset`;
  const run = () => {
    const total = (ctx.prepare(`${cte}SELECT count(*) ${from}`).pluck().get(w.params) as number) ?? 0;
    const rows = ctx.prepare(select).all({ ...w.params, limit, offset }) as ClaimSqlRow[];
    return { total, rows };
  };
  const { total, rows } = search ? withFts(search, run) : run();
  return { rows: rows.map((r) => hydrate(ctx, r, search, claimsFts)), total, limit, offset };
}

function hydrate(ctx: QueryContext, r: ClaimSqlRow, search: string | undefined, claimsFts: ReturnType<typeof ftsOf>): ClaimRow {
  const text = ctx.documentText(r.document_id);
  const row: ClaimRow = {
    key: `${r.document_id}:${r.idx}`,
    document: documentRef(r),
    date: r.published,
    speaker: speakerRef(r.speaker_id, r.speaker_name, r.speaker_type),
    speakerText: r.speaker_text,
    cue: r.cue_text,
    kind: r.kind,
    start: r.start,
    end: r.end,
    text: r.text,
    rule: r.rule,
    inferred: parseJson(r.inferred_json),
    sentence: sentenceRef(text, r.sentence_start, r.sentence_end, r),
    groups: linkedGroups(ctx, r),
    figures: linkedFigures(ctx, r),
  };
  if (search) {
    if (r.claim_hit !== null && claimsFts) {
      const hl = ctx
        .prepare(`SELECT highlight(${q(claimsFts.table)}, ${claimsFts.column}, '${HL_OPEN}', '${HL_CLOSE}') FROM ${q(claimsFts.table)} WHERE ${q(claimsFts.table)} MATCH ? AND rowid = CAST(? AS INTEGER)`)
        .pluck()
        .get(search, r.id) as string | undefined;
      row.match = { in: 'claim', highlighted: hl ?? r.text };
    } else {
      const sn = ctx
        .prepare(`SELECT snippet(documents_fts, -1, '${HL_OPEN}', '${HL_CLOSE}', '…', 24) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = CAST(? AS INTEGER)`)
        .pluck()
        .get(search, r.doc_rowid) as string | undefined;
      row.match = { in: 'document', highlighted: sn ?? '' };
    }
  }
  return row;
}

function linkedGroups(ctx: QueryContext, r: ClaimSqlRow): ClaimRow['groups'] {
  const groups = ctx.registry.get('groups');
  if (!groups) return [];
  return ctx
    .prepare(`SELECT DISTINCT g.group_id AS id, g.name FROM links l JOIN ${q(groups.storage.table)} g ON g.document_id = l.document_id AND g.idx = l.to_idx
      WHERE l.document_id = ? AND l.from_kind = 'claims' AND l.from_idx = ? AND l.field = 'groups' AND l.to_kind = 'groups' ORDER BY l.to_idx`)
    .all(r.document_id, r.idx) as ClaimRow['groups'];
}

function linkedFigures(ctx: QueryContext, r: ClaimSqlRow): ClaimRow['figures'] {
  const cas = ctx.registry.get('casualties');
  if (!cas) return [];
  return ctx
    .prepare(`SELECT k.text, k.count, k.outcome, k.category FROM links l JOIN ${q(cas.storage.table)} k ON k.document_id = l.document_id AND k.idx = l.to_idx
      WHERE l.document_id = ? AND l.from_kind = 'claims' AND l.from_idx = ? AND l.field = 'casualties' AND l.to_kind = 'casualties' ORDER BY l.to_idx`)
    .all(r.document_id, r.idx) as ClaimRow['figures'];
}
