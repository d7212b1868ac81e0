// `groups(filter)` and `speakers(filter)`: the named entities with their counts, first and last
// publication date seen, and the spellings/aliases seen.
import type { GroupFilter, GroupRow, Page, SpeakerFilter, SpeakerRow } from '../../../query/types.js';
import { QueryError } from '../../../query/types.js';
import { checkDate, checkInput, fromBound, jsonList, paging, q, resolveDocuments, tableOf, toBound, type QueryContext } from './common.js';

/** Matches of the groups extractor that name no gazetteer entry (kept for curation, not listed by default). */
const UNNAMED = ['discovered', 'descriptor'];

export function queryGroups(ctx: QueryContext, f: GroupFilter): Page<GroupRow> {
  ctx.fresh();
  const table = q(tableOf(ctx.registry, 'groups'));
  const { limit, offset } = paging(f);
  const sql: string[] = [];
  const filterParams: Record<string, unknown> = {};
  if (f.unknown) sql.push("g.match = 'discovered'");
  else if (!f.all) (sql.push('g.match NOT IN (SELECT value FROM json_each(@unnamed))'), (filterParams.unnamed = jsonList(UNNAMED)));
  if (checkInput('--group', f.group)) {
    const ids = ctx.resolveGroups(f.group as string);
    if (!ids.length) return { rows: [], total: 0, limit, offset };
    sql.push('g.group_id IN (SELECT value FROM json_each(@groups))');
    filterParams.groups = jsonList(ids);
  }
  const from = fromBound(checkDate('--from', f.from));
  const to = toBound(checkDate('--to', f.to));
  if (from) (sql.push('substr(d.published, 1, 10) >= @from'), (filterParams.from = from));
  if (to) (sql.push('substr(d.published, 1, 10) <= @to'), (filterParams.to = to));
  const docs = resolveDocuments(ctx.db, f.document);
  if (docs) (sql.push('g.document_id IN (SELECT value FROM json_each(@docs))'), (filterParams.docs = jsonList(docs)));
  // without a date or document filter the writer's per-group counts answer (group_stats, stats.ts)
  const counted = !from && !to && !docs && table === q('group_mentions');
  let body: string;
  let columns: string;
  let params = filterParams;
  if (counted) {
    params = { scope: f.unknown ? 'unknown' : f.all ? 'all' : 'named', ...(filterParams.groups ? { groups: filterParams.groups } : {}) };
    const ids = params.groups ? ' AND t.group_id IN (SELECT value FROM json_each(@groups))' : '';
    body = `FROM group_stats t WHERE t.scope = @scope AND t.mentions > 0${ids}`;
    columns = 't.group_id AS id, t.name, t.type, t.mentions, t.documents, t.first_seen, t.last_seen';
  } else {
    body = `FROM ${table} g JOIN documents d ON d.id = g.document_id ${sql.length ? `WHERE ${sql.join(' AND ')}` : ''} GROUP BY g.group_id`;
    columns = `g.group_id AS id, max(g.name) AS name, max(g.type) AS type, count(*) AS mentions, count(DISTINCT g.document_id) AS documents,
      min(substr(d.published, 1, 10)) AS first_seen, max(substr(d.published, 1, 10)) AS last_seen`;
  }
  const total = ctx.prepare(`SELECT count(*) FROM (SELECT 1 ${body})`).pluck().get(params) as number;
  const rows = ctx
    .prepare(`SELECT ${columns} ${body} ORDER BY mentions DESC, ${counted ? 't' : 'g'}.group_id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as Array<Omit<GroupRow, 'spellings' | 'claims' | 'firstSeen' | 'lastSeen'> & { first_seen: string | null; last_seen: string | null }>;
  // spellings and claims are counted over every mention of the group, whatever the filters
  const spellings = ctx.prepare('SELECT text, count FROM group_spellings WHERE group_id = ? AND count > 0 ORDER BY count DESC, text LIMIT 12');
  const claims = ctx.prepare("SELECT coalesce((SELECT claims FROM group_stats WHERE group_id = ? AND scope = 'all'), 0)");
  const example = ctx.prepare(`SELECT g.document_id AS documentId, substr(d.text, s.start + 1, s."end" - s.start) AS sentence FROM ${table} g
    JOIN sentences s ON s.document_id = g.document_id AND g.start >= s.start AND g.start < s."end" JOIN documents d ON d.id = g.document_id
    WHERE g.group_id = ? ORDER BY d.published, g.document_id, g.idx LIMIT 1`);
  return {
    rows: rows.map(({ first_seen, last_seen, ...r }) => ({
      ...r,
      claims: claims.pluck().get(r.id) as number,
      firstSeen: first_seen,
      lastSeen: last_seen,
      spellings: spellings.all(r.id) as GroupRow['spellings'],
      ...(f.unknown ? { example: example.get(r.id) as GroupRow['example'] } : {}),
    })),
    total,
    limit,
    offset,
  };
}

export function querySpeakers(ctx: QueryContext, f: SpeakerFilter): Page<SpeakerRow> {
  ctx.fresh();
  tableOf(ctx.registry, 'claims');
  const { limit, offset } = paging(f);
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (checkInput('--speaker', f.speaker)) {
    const ids = ctx.resolveSpeakers(f.speaker as string);
    if (!ids.length) return { rows: [], total: 0, limit, offset };
    sql.push('f.speaker_id IN (SELECT value FROM json_each(@speakers))');
    params.speakers = jsonList(ids);
  }
  if (checkInput('--type', f.type)) {
    if (!['person', 'organization', 'unknown'].includes(f.type as string)) throw new QueryError('--type: person, organization or unknown');
    if (f.type === 'unknown') sql.push('s.type IS NULL');
    else (sql.push('s.type = @type'), (params.type = f.type));
  }
  const from = fromBound(checkDate('--from', f.from));
  const to = toBound(checkDate('--to', f.to));
  if (from) (sql.push('f.published >= @from'), (params.from = from));
  if (to) (sql.push('f.published <= @to'), (params.to = to));
  // without a date filter the writer's per-speaker counts answer (speaker_stats, stats.ts)
  const counted = !from && !to;
  const body = counted
    ? `FROM speaker_stats f JOIN speakers s ON s.id = f.speaker_id WHERE f.claims > 0${sql.length ? ` AND ${sql.join(' AND ')}` : ''}`
    : `FROM claim_facts f JOIN speakers s ON s.id = f.speaker_id ${sql.length ? `WHERE ${sql.join(' AND ')}` : ''} GROUP BY f.speaker_id`;
  const columns = counted
    ? 'f.claims, f.documents, f.first_seen, f.last_seen'
    : 'count(*) AS claims, count(DISTINCT f.document_id) AS documents, min(f.published) AS first_seen, max(f.published) AS last_seen';
  const total = ctx.prepare(`SELECT count(*) FROM (SELECT 1 ${body})`).pluck().get(params) as number;
  const rows = ctx
    .prepare(`SELECT s.id, s.name, s.type, s.role, s.group_id, ${columns} ${body} ORDER BY claims DESC, s.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as Array<{ id: string; name: string; type: string | null; role: string | null; group_id: string | null; claims: number; documents: number; first_seen: string | null; last_seen: string | null }>;
  const aliases = ctx.prepare('SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias').pluck();
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      role: r.role,
      group: r.group_id,
      claims: r.claims,
      documents: r.documents,
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      aliases: aliases.all(r.id) as string[],
    })),
    total,
    limit,
    offset,
  };
}
