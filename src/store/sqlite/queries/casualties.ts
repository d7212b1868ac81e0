// `casualties(filter)` and `conflicts(filter)`: casualty figures with their date (stated in the
// sentence, else the publication date), place, speaker and sentence; conflicts are figures with the
// same outcome, category and place over the same period whose ranges do not overlap — listed side by
// side, never merged.
import type { CasualtyFilter, CasualtyRow, ConflictFilter, ConflictRow, Page } from '../../../query/types.js';
import { QueryError } from '../../../query/types.js';
import {
  checkDate, checkInput, DOCUMENT_COLUMNS, documentRef, fromBound, jsonList, paging, parseJson, q, resolveDocuments, sourceOf,
  speakerRef, tableOf, toBound, type DocumentCols, type QueryContext,
} from './common.js';
import { plain } from '../../../query/names.js';

interface CasualtySqlRow extends DocumentCols {
  document_id: string;
  idx: number;
  start: number;
  end: number;
  text: string;
  rule: string;
  inferred_json: string | null;
  count: number;
  low: number;
  high: number;
  qualifier: string;
  outcome: string;
  category: string;
  date: string | null;
  date_origin: 'text' | 'published' | null;
  cumulative: number;
  place_id: string | null;
  place_name: string | null;
  speaker_id: string | null;
  speaker_name: string | null;
  speaker_type: string | null;
  sentence_start: number;
  sentence_end: number;
  sentence: string;
}

// x.document_id, x.idx equal k's (the join); named on x so that an index of casualty_facts gives the order
const SORTS: Record<string, string> = {
  date: 'x.date_start ASC, x.document_id, x.idx',
  '-date': 'x.date_start DESC, x.document_id, x.idx',
  count: 'k.count ASC, x.date_start, x.document_id, x.idx',
  '-count': 'k.count DESC, x.date_start, x.document_id, x.idx',
};

const SELECT = `k.document_id, k.idx, k.start, k."end", k.text, k.rule, k.inferred_json, k.count, k.low, k.high, k.qualifier, k.outcome, k.category,
  x.date, x.date_origin, x.cumulative, x.place_id, x.place_name, x.speaker_id, s.name AS speaker_name, s.type AS speaker_type,
  x.sentence_start, x.sentence_end, x.sentence, ${DOCUMENT_COLUMNS}`;

// Driven from casualty_facts, which carries every filtered column (outcome, category, range, date,
// place, speaker) and their indexes; one row per figure, like the extractor's table.
const fromClause = (table: string) => `FROM casualty_facts x
  CROSS JOIN ${q(table)} k ON k.document_id = x.document_id AND k.idx = x.idx
  JOIN documents d ON d.id = x.document_id
  LEFT JOIN speakers s ON s.id = x.speaker_id`;

/** The filtered figures joined only to what the filters (and `order`) read: the same rows, one per figure
 * (the filters read casualty_facts, and documents through a subquery). */
function factsFrom(table: string, w: Where, order = ''): string {
  const reads = [...w.sql, order].join(' ');
  return `FROM casualty_facts x ${reads.includes('k.') ? `JOIN ${q(table)} k ON k.document_id = x.document_id AND k.idx = x.idx` : ''} ${whereSql(w)}`;
}

function intOption(what: string, v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isSafeInteger(v) || v < 0) throw new QueryError(`${what}: a non-negative integer`);
  return v;
}

interface Where {
  sql: string[];
  params: Record<string, unknown>;
  none: boolean;
}

/** Filters shared by casualties and conflicts (all on casualty_facts x, or d for the source). */
function common(f: CasualtyFilter & ConflictFilter): Where {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (checkInput('--category', f.category)) (sql.push('x.category = @category'), (params.category = f.category));
  if (checkInput('--outcome', f.outcome)) (sql.push('x.outcome = @outcome'), (params.outcome = f.outcome));
  const from = fromBound(checkDate('--from', f.from));
  const to = toBound(checkDate('--to', f.to));
  if (from) (sql.push('x.date_end >= @from'), (params.from = from));
  if (to) (sql.push('x.date_start <= @to'), (params.to = to));
  if (checkInput('--place', f.place)) {
    // the figure's place (id or name); a figure without one matches when its sentence names the place
    sql.push(`(x.place_id = @placeRaw OR x.place_key = @place OR (x.place_key IS NULL AND instr(lower(x.sentence), lower(@placeRaw)) > 0))`);
    params.place = plain(f.place as string);
    params.placeRaw = (f.place as string).trim();
  }
  return { sql, params, none: false };
}

function where(ctx: QueryContext, f: CasualtyFilter): Where {
  const w = common(f);
  const min = intOption('--min', f.min);
  const max = intOption('--max', f.max);
  if (min !== undefined) (w.sql.push('x.high >= @min'), (w.params.min = min));
  if (max !== undefined) (w.sql.push('x.low <= @max'), (w.params.max = max));
  if (checkInput('--speaker', f.speaker)) {
    const ids = ctx.resolveSpeakers(f.speaker as string);
    if (!ids.length) w.none = true;
    w.sql.push('x.speaker_id IN (SELECT value FROM json_each(@speakers))');
    w.params.speakers = jsonList(ids);
  }
  const docs = resolveDocuments(ctx.db, f.document);
  if (docs) (w.sql.push('x.document_id IN (SELECT value FROM json_each(@docs))'), (w.params.docs = jsonList(docs)));
  if (checkInput('--source', f.source)) (w.sql.push(sourceOf('x.document_id')), (w.params.source = f.source));
  return w;
}

const whereSql = (w: Where) => (w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : '');

export function toCasualtyRow(r: CasualtySqlRow): CasualtyRow {
  return {
    key: `${r.document_id}:${r.idx}`,
    document: documentRef(r),
    date: r.date,
    dateOrigin: r.date_origin,
    count: r.count,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    outcome: r.outcome,
    category: r.category,
    cumulative: r.cumulative === 1,
    place: r.place_name ? { id: r.place_id, name: r.place_name } : null,
    speaker: speakerRef(r.speaker_id, r.speaker_name, r.speaker_type),
    start: r.start,
    end: r.end,
    text: r.text,
    rule: r.rule,
    inferred: parseJson(r.inferred_json),
    sentence: { start: r.sentence_start, end: r.sentence_end, text: r.sentence, mark: { start: r.start - r.sentence_start, end: r.end - r.sentence_start } },
  };
}

export function queryCasualties(ctx: QueryContext, filter: CasualtyFilter): Page<CasualtyRow> {
  ctx.fresh();
  const table = tableOf(ctx.registry, 'casualties');
  const { limit, offset } = paging(filter);
  if (filter.sort && !SORTS[filter.sort]) throw new QueryError(`--sort: one of ${Object.keys(SORTS).join(', ')}`);
  const w = where(ctx, filter);
  if (w.none) return { rows: [], total: 0, limit, offset };
  // the page's keys (and the count, in the same pass) from casualty_facts and what the filters and
  // the order read; then the full rows of those keys
  const sort = SORTS[filter.sort ?? 'date'] as string;
  const keys = `SELECT x.document_id AS kd, x.idx AS ki, count(*) OVER () AS total_rows ${factsFrom(table, w, sort)} ORDER BY ${sort} LIMIT @limit OFFSET @offset`;
  const rows = ctx
    .prepare(`SELECT ${SELECT}, p.total_rows FROM (${keys}) p CROSS JOIN casualty_facts x ON x.document_id = p.kd AND x.idx = p.ki
      CROSS JOIN ${q(table)} k ON k.document_id = x.document_id AND k.idx = x.idx JOIN documents d ON d.id = x.document_id
      LEFT JOIN speakers s ON s.id = x.speaker_id ORDER BY ${sort}`)
    .all({ ...w.params, limit, offset }) as Array<CasualtySqlRow & { total_rows: number }>;
  const total = rows.length ? (rows[0]?.total_rows as number) : (ctx.prepare(`SELECT count(*) ${factsFrom(table, w)}`).pluck().get(w.params) as number);
  return { rows: rows.map(toCasualtyRow), total, limit, offset };
}

interface ConflictSqlRow {
  outcome: string;
  category: string;
  cumulative: number;
  place_key: string | null;
  place: string | null;
  period: string;
  lo: number;
  hi: number;
}

const MAX_FIGURES = 50;

export function queryConflicts(ctx: QueryContext, filter: ConflictFilter): Page<ConflictRow> {
  ctx.fresh();
  const table = tableOf(ctx.registry, 'casualties');
  const { limit, offset } = paging(filter);
  const w = common(filter);
  w.sql.push('x.period IS NOT NULL');
  if (!filter.unplaced) w.sql.push('x.place_key IS NOT NULL');
  // one narrow table: casualty_facts carries the figure's outcome, category and range
  const grouped = `SELECT x.outcome, x.category, x.cumulative, x.place_key, min(x.place_name) AS place, x.period, max(x.low) AS lo, min(x.high) AS hi
    FROM casualty_facts x ${whereSql(w)}
    GROUP BY x.outcome, x.category, x.cumulative, x.place_key, x.period
    HAVING max(x.low) > min(x.high) AND (count(DISTINCT x.document_id) > 1 OR count(DISTINCT coalesce(x.speaker_id, '')) > 1)`;
  // every conflicting set in one pass (a few thousand narrow rows at most), then the page
  const all = ctx.prepare(`${grouped} ORDER BY x.period DESC, x.outcome, x.category, x.place_key`).all(w.params) as ConflictSqlRow[];
  const total = all.length;
  const groups = all.slice(offset, offset + limit);
  const figures = ctx.prepare(`SELECT ${SELECT} ${fromClause(table)}
    WHERE x.outcome = @outcome AND x.category = @category AND x.cumulative = @cumulative AND x.place_key IS @place_key
      AND x.period = @period AND x.period IS NOT NULL
    ORDER BY k.count, x.document_id, x.idx LIMIT ${MAX_FIGURES}`);
  const rows = groups.map((g): ConflictRow => {
    const list = (figures.all({ outcome: g.outcome, category: g.category, cumulative: g.cumulative, period: g.period, place_key: g.place_key }) as CasualtySqlRow[]).map(toCasualtyRow);
    return {
    key: [g.outcome, g.category, g.cumulative ? 'cumulative' : 'event', g.place_key ?? '-', g.period].join('|'),
    outcome: g.outcome,
    category: g.category,
    cumulative: g.cumulative === 1,
    place: g.place,
    period: g.period,
    low: Math.min(...list.map((f) => f.low)),
    high: Math.max(...list.map((f) => f.high)),
    figures: list,
    };
  });
  return { rows, total, limit, offset };
}
