// `claims(filter)`: claims with their speaker entity, document, sentence, groups and figures; the
// filters combine (AND). Full-text search covers the claim content and speaker name (claims_fts) and
// the documents' text (documents_fts): claims matching in their content rank first.
import type { ClaimFilter, ClaimRow, Page } from '../../../query/types.js';
import { QueryError } from '../../../query/types.js';
import {
  checkDate, checkInput, DOCUMENT_COLUMNS, documentRef, fromBound, ftsOf, jsonList, paging, parseJson, q, resolveDocuments,
  sentenceRef, sourceOf, speakerRef, tableOf, toBound, withFts, type DocumentCols, type QueryContext,
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

// f.document_id, f.idx equal c's (the join); named on f so that claim_facts' indexes give the order.
// Every order ends with the claim's unique key, so a page is the same whichever plan reads it.
const SORTS: Record<string, string> = {
  date: 'f.published ASC, f.document_id, f.idx',
  '-date': 'f.published DESC, f.document_id, f.idx',
  speaker: 's.name ASC, f.published DESC, f.document_id, f.idx',
  document: 'f.document_id, f.idx',
  rank: 'h.tier, h.r, f.published DESC, f.document_id, f.idx',
};

interface Where {
  sql: string[];
  params: Record<string, unknown>;
  none: boolean;
  /** the filters read the claims table (c) */
  claims: boolean;
  /** an indexed filter that keeps few claims (speaker, group, document) */
  selective: boolean;
}

/** Builds the WHERE clause and its bound parameters; an empty resolution means no rows at all. */
function where(ctx: QueryContext, f: ClaimFilter): Where {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  let none = false;
  let claims = false;
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
    sql.push(`(f.document_id, f.idx) IN (SELECT l.document_id, l.from_idx FROM ${q(groups.storage.table)} g
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
  if (docs) (sql.push('f.document_id IN (SELECT value FROM json_each(@docs))'), (params.docs = jsonList(docs)));
  if (checkInput('--source', f.source)) (sql.push(sourceOf('f.document_id')), (params.source = f.source));
  if (checkInput('--kind', f.kind)) (sql.push('c.kind = @kind'), (params.kind = f.kind), (claims = true));
  if (f.withFigures) sql.push('f.figures > 0');
  const selective = Boolean(params.speakers ?? params.groups ?? params.docs);
  return { sql, params, none, claims, selective };
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
      -- documents_fts shares the documents' rowids (migration 4): its own copy of the text is not read
      dm AS MATERIALIZED (SELECT rowid AS doc_rowid, bm25(documents_fts) AS r FROM documents_fts WHERE documents_fts MATCH @q),
      dh AS MATERIALIZED (SELECT d.id AS document_id, dm.doc_rowid, dm.r FROM dm JOIN documents d ON d.rowid = dm.doc_rowid),
      hits AS MATERIALIZED (${
        w.selective
          ? // few claims pass the filters: each is looked up in the matches (same rows as below, fewer read)
            `SELECT c.id, CASE WHEN ch.id IS NULL THEN 1 ELSE 0 END AS tier, CASE WHEN ch.id IS NULL THEN dm.r ELSE ch.r END AS r,
              CASE WHEN ch.id IS NULL THEN dm.doc_rowid END AS doc_rowid
            FROM claim_facts f CROSS JOIN ${q(claims)} c ON c.document_id = f.document_id AND c.idx = f.idx
            LEFT JOIN ch ON ch.id = c.id JOIN documents dd ON dd.id = c.document_id LEFT JOIN dm ON dm.doc_rowid = dd.rowid
            WHERE (ch.id IS NOT NULL OR dm.doc_rowid IS NOT NULL) AND ${w.sql.join(' AND ')}`
          : `SELECT ch.id, 0 AS tier, ch.r, NULL AS doc_rowid FROM ch
            UNION ALL
            SELECT c2.id, 1, dh.r, dh.doc_rowid FROM dh JOIN ${q(claims)} c2 ON c2.document_id = dh.document_id WHERE c2.id NOT IN (SELECT id FROM ch)`
      }) `;
  }
  const whereSql = w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : '';
  // The page's keys first, from claim_facts and only the tables the filters and the order read
  // (claim_facts is one row per claim, like the claims table); then the full rows of those keys
  // (the documents' columns sit after their text: read for a page, not for every match).
  // a search or a selective filter counts its rows with the page (one pass); other lists count apart,
  // so that an index can give the page without reading every row
  const counted = Boolean(search) || w.selective;
  const keyFrom = `${search ? `FROM hits h CROSS JOIN ${q(claims)} c ON c.id = h.id CROSS JOIN claim_facts f ON f.document_id = c.document_id AND f.idx = c.idx` : `FROM claim_facts f ${w.claims ? `JOIN ${q(claims)} c ON c.document_id = f.document_id AND c.idx = f.idx` : ''}`}`;
  const win = !search && sort === 'speaker' && !w.sql.length && limit > 0 ? speakerWindow(ctx, offset, limit) : undefined;
  const keys = `SELECT f.document_id AS kd, f.idx AS ki${search ? ', h.tier, h.r, h.doc_rowid' : ''}${counted ? ', count(*) OVER () AS total_rows' : ''} ${keyFrom}
    ${sort === 'speaker' ? 'LEFT JOIN speakers s ON s.id = f.speaker_id' : ''} ${win ? `WHERE ${win.sql}` : whereSql}
    ORDER BY ${win?.oneName ? SORTS['-date'] /* one speaker name: the rest of the order, which an index gives */ : SORTS[sort]} LIMIT @limit OFFSET @offset`;
  const select = `${cte}SELECT c.id, c.document_id, c.idx, c.start, c."end", c.text, c.kind, c.rule, c.inferred_json, c.speaker_text, c.cue_text,
      f.speaker_id, s.name AS speaker_name, s.type AS speaker_type, f.published, f.sentence_start, f.sentence_end,
      ${search ? 'CASE h.tier WHEN 0 THEN c.id END AS claim_hit, h.doc_rowid' : 'NULL AS claim_hit, NULL AS doc_rowid'}${counted ? ', total_rows' : ''}, ${DOCUMENT_COLUMNS}
    FROM (${keys}) ${search ? 'h' : 'p'} CROSS JOIN claim_facts f ON f.document_id = kd AND f.idx = ki
    CROSS JOIN ${q(claims)} c ON c.document_id = f.document_id AND c.idx = f.idx
    JOIN documents d ON d.id = f.document_id LEFT JOIN speakers s ON s.id = f.speaker_id ORDER BY ${SORTS[sort]}`;
  const count = `${cte}SELECT count(*) ${keyFrom} ${whereSql}`;
  const run = () => {
    const rows = ctx.prepare(select).all({ ...w.params, limit, offset, ...win?.params }) as Array<ClaimSqlRow & { total_rows?: number }>;
    // a search counts its matches with the page (one pass over the hits); past the end, on its own
    const total = counted && rows.length ? (rows[0]?.total_rows as number) : ((ctx.prepare(count).pluck().get(w.params) as number) ?? 0);
    return { total, rows };
  };
  const { total, rows } = search ? withFts(search, run) : run();
  return { rows: rows.map((r) => hydrate(ctx, r, search, claimsFts)), total, limit, offset };
}

/**
 * `--sort speaker` over every claim: the writer's per-speaker counts (speaker_stats) tell which
 * speakers' claims hold the page, so only those are sorted. Speakers sharing a name are one run of
 * the order; unattributed claims (no speaker) come first. Returns the condition, the offset within
 * those claims, and whether they all share one name (then ordered by date, document, index alone).
 */
function speakerWindow(ctx: QueryContext, offset: number, limit: number): { sql: string; params: Record<string, unknown>; oneName: boolean } {
  const total = ctx.prepare('SELECT count(*) FROM claim_facts').pluck().get() as number;
  const runs = ctx
    .prepare(`SELECT json_group_array(t.speaker_id) AS ids, sum(t.claims) AS n FROM speaker_stats t JOIN speakers s ON s.id = t.speaker_id
      WHERE t.claims > 0 GROUP BY s.name ORDER BY s.name`)
    .all() as Array<{ ids: string; n: number }>;
  const unattributed = total - runs.reduce((n, r) => n + r.n, 0);
  const parts: string[] = [];
  const ids: string[] = [];
  let start = 0;
  let base = -1;
  let runsIn = 0;
  for (const [i, run] of [{ ids: '', n: unattributed }, ...runs].entries()) {
    const end = start + run.n;
    if (end > offset && start < offset + limit && run.n > 0) {
      if (base < 0) base = start;
      runsIn++;
      if (i === 0) parts.push('f.speaker_id IS NULL'); // (derived.ts stores a claim's speaker before the claim)
      else ids.push(...(JSON.parse(run.ids) as string[]));
    }
    start = end;
  }
  if (ids.length || !parts.length) parts.push('f.speaker_id IN (SELECT value FROM json_each(@pageSpeakers))');
  return { sql: `(${parts.join(' OR ')})`, params: { pageSpeakers: jsonList(ids), offset: Math.max(0, offset - Math.max(0, base)) }, oneName: runsIn === 1 };
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
