// Shared pieces of the SQLite query layer: the context each query runs in (connection, registry,
// alias table, caches), input checks, speaker and group resolution, FTS error mapping, row pieces.
import type { Statement } from 'better-sqlite3';
import type { DB } from '../connection.js';
import type { Registry } from '../../../registry.js';
import type { AnyExtractor } from '../../../extractor.js';
import { QueryError, type AliasEntry, type DocumentRef, type Paging, type SentenceRef, type SpeakerRef } from '../../../query/types.js';
import { nameForm, nameScore } from '../../../query/names.js';
import { findDocumentId } from '../reader.js';
import { quoteIdentifier } from '../extractor-tables.js';

export const q = quoteIdentifier;

export const MAX_LIMIT = 100_000;
const MAX_INPUT = 1000;

/** A table of the registry by extractor name; a clear error when the extractor is not registered. */
export function tableOf(registry: Registry, name: string): string {
  const ex: AnyExtractor | undefined = registry.get(name);
  if (!ex) throw new QueryError(`this query needs the "${name}" extractor, which is not in the registry`);
  return ex.storage.table;
}

/** The FTS5 table and the position of a column in it, from the descriptor's storage spec. */
export function ftsOf(registry: Registry, name: string, column: string): { table: string; column: number } | undefined {
  const ex = registry.get(name);
  const cols = ex?.storage.fts;
  if (!ex || !cols) return undefined;
  const i = cols.indexOf(column);
  return { table: `${ex.storage.table}_fts`, column: Math.max(0, i) };
}

export interface GroupName {
  id: string;
  names: string[];
}

/** What every query of one store shares; caches are dropped when the database changes. */
export class QueryContext {
  private dataVersion = -1;
  private speakerCache: Array<{ id: string; names: string[] }> | undefined;
  private groupCache: GroupName[] | undefined;
  private readonly stmts = new Map<string, Statement>();
  readonly textCache = new Map<string, string>();

  constructor(
    readonly db: DB,
    readonly registry: Registry,
    readonly aliases: readonly AliasEntry[] = [],
  ) {}

  /** A prepared statement, prepared once per SQL string. */
  prepare(sql: string): Statement {
    let st = this.stmts.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.stmts.set(sql, st);
    }
    return st;
  }

  /** Called at the start of every query: forgets caches when another connection wrote. */
  fresh(): void {
    const v = this.db.pragma('data_version', { simple: true }) as number;
    if (v !== this.dataVersion) {
      this.dataVersion = v;
      this.speakerCache = undefined;
      this.groupCache = undefined;
      this.textCache.clear();
    }
  }

  documentText(id: string): string {
    let t = this.textCache.get(id);
    if (t === undefined) {
      t = (this.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as string | undefined) ?? '';
      if (this.textCache.size > 2000) this.textCache.clear();
      this.textCache.set(id, t);
    }
    return t;
  }

  private speakerNames() {
    if (!this.speakerCache) {
      const rows = this.db.prepare('SELECT s.id, s.name, a.alias FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id ORDER BY s.id').all() as Array<{ id: string; name: string; alias: string | null }>;
      const byId = new Map<string, string[]>();
      for (const r of rows) {
        const names = byId.get(r.id) ?? [r.name, r.id.replace(/^[a-z]+:/, '').replace(/-/g, ' ')];
        if (r.alias && !names.includes(r.alias)) names.push(r.alias);
        byId.set(r.id, names);
      }
      this.speakerCache = [...byId].map(([id, names]) => ({ id, names }));
    }
    return this.speakerCache;
  }

  /** Group ids with every name they go by: the alias table's and the spellings seen in the texts. */
  groupNames(): GroupName[] {
    if (!this.groupCache) {
      const byId = new Map<string, Set<string>>();
      const add = (id: string, n: string) => {
        let s = byId.get(id);
        if (!s) byId.set(id, (s = new Set()));
        s.add(n);
      };
      for (const e of this.aliases) for (const n of [e.name, ...e.aliases]) add(e.id, n);
      const groups = this.registry.get('groups');
      if (groups) {
        const t = q(groups.storage.table);
        for (const r of this.db.prepare(`SELECT DISTINCT group_id, name FROM ${t}`).all() as Array<{ group_id: string; name: string }>) add(r.group_id, r.name);
      }
      this.groupCache = [...byId].map(([id, names]) => ({ id, names: [...names] }));
    }
    return this.groupCache;
  }

  /** Group ids a user's `--group` names: an id, else the best-matching names (exact before fuzzy). */
  resolveGroups(query: string): string[] {
    const all = this.groupNames();
    const idHit = all.filter((g) => g.id === query.trim().toLowerCase());
    if (idHit.length) return idHit.map((g) => g.id);
    return best(all.map((g) => ({ id: g.id, score: nameScore(query, [g.id.replace(/-/g, ' '), ...g.names]) })));
  }

  /** Speaker entity ids a user's `--speaker` names: id, canonical name, alias, fuzzy; organisations through the alias table. */
  resolveSpeakers(query: string): string[] {
    const speakers = this.speakerNames();
    const exactId = speakers.filter((s) => s.id === query.trim());
    if (exactId.length) return exactId.map((s) => s.id);
    // an organisation named by any of its gazetteer aliases: its entity and every speaker named like it
    // (nameScore(n, orgNames) === 3 exactly when n's normalised form is one of theirs: a set lookup)
    const orgForms = new Set(this.aliases.filter((e) => nameScore(query, [e.name, ...e.aliases]) === 3).flatMap((e) => [e.name, ...e.aliases]).map(nameForm));
    orgForms.delete('');
    const scored = speakers.map((s) => ({
      id: s.id,
      score: Math.max(nameScore(query, s.names), orgForms.size && s.names.some((n) => orgForms.has(nameForm(n))) ? 3 : 0),
    }));
    return best(scored);
  }
}

function best(scored: Array<{ id: string; score: number }>): string[] {
  const top = Math.max(0, ...scored.map((s) => s.score));
  return top === 0 ? [] : scored.filter((s) => s.score === top).map((s) => s.id);
}

/** Rejects inputs no honest query needs (NUL bytes are fine as bound values, but 100 KB is not a name). */
export function checkInput(what: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length > MAX_INPUT) throw new QueryError(`${what}: at most ${MAX_INPUT} characters`);
  return value;
}

export function checkDate(what: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new QueryError(`${what}: expected an ISO date such as 2016-02 or 2016-02-27, got "${value.slice(0, 40)}"`);
  return value;
}

/** `--from 2016-02` means from its first day, `--to 2016-02` up to its last. */
export const fromBound = (v: string | undefined) => (v === undefined ? undefined : v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
export const toBound = (v: string | undefined) => (v === undefined ? undefined : v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);

export function paging(p: Paging, defaultLimit = 50): { limit: number; offset: number } {
  const limit = p.limit ?? defaultLimit;
  const offset = p.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) throw new QueryError(`limit: an integer from 0 to ${MAX_LIMIT}`);
  if (!Number.isInteger(offset) || offset < 0) throw new QueryError('offset: a non-negative integer');
  return { limit, offset };
}

/** Document ids the `--document` references name (id, prefix, external id, file); unknown ones are an error. */
export function resolveDocuments(db: DB, refs: readonly string[] | undefined): string[] | undefined {
  if (!refs?.length) return undefined;
  const ids: string[] = [];
  for (const ref of refs) {
    checkInput('--document', ref);
    const found = findDocumentId(db, ref);
    if (found.length === 0) throw new QueryError(`no document matches "${ref.slice(0, 60)}"`);
    ids.push(...found);
  }
  return ids;
}

/** Runs an FTS query; a syntax error in the user's words becomes a QueryError with the reason. */
export function withFts<T>(search: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const msg = (err as Error).message ?? '';
    if ((err as { code?: string }).code?.startsWith('SQLITE_') && /fts5|syntax error|no such column|unterminated|unknown special query|malformed/i.test(msg)) {
      throw new QueryError(`--search "${search.slice(0, 60)}": not a valid full-text query (${msg.replace(/^fts5: /, '')}); quote phrases with "…", use AND/OR/NOT in capitals`);
    }
    throw err;
  }
}

export const DOCUMENT_COLUMNS = `d.id AS doc_id, d.title AS doc_title, d.published AS doc_published, coalesce(lower(d.agency), d.source_kind) AS doc_source, d.url AS doc_url`;

export interface DocumentCols {
  doc_id: string;
  doc_title: string | null;
  doc_published: string | null;
  doc_source: string;
  doc_url: string | null;
}

export const documentRef = (r: DocumentCols): DocumentRef => ({ id: r.doc_id, title: r.doc_title, published: r.doc_published, source: r.doc_source, url: r.doc_url });

export const speakerRef = (id: string | null, name: string | null, type: string | null): SpeakerRef | null => (id ? { id, name: name ?? id, type } : null);

export function sentenceRef(text: string, start: number, end: number, item: { start: number; end: number }): SentenceRef {
  return { start, end, text: text.slice(start, end), mark: { start: item.start - start, end: item.end - start } };
}

export const parseJson = <T>(s: string | null): T | null => (s ? (JSON.parse(s) as T) : null);

/** A source filter matches the kind (wire, ministry…) or the agency, case-insensitively. */
export const SOURCE_SQL = '(d.source_kind = lower(@source) OR lower(d.agency) = lower(@source))';

/** The same filter on a document id column: the ids come from the documents_source index alone (the
 * documents' own columns sit after their text). */
export const sourceOf = (column: string) => `${column} IN (SELECT d.id FROM documents d WHERE ${SOURCE_SQL})`;

/** Bound parameters for `IN (SELECT value FROM json_each(?))`. */
export const jsonList = (xs: readonly string[]) => JSON.stringify(xs);
