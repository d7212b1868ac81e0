// Pre-aggregated counts for the `groups` and `speakers` lists (migration 6), kept by the writer inside
// the documents' transaction: the shares of the documents written are collected in memory and added
// by a few set-based statements per flush (the writer flushes before a delete and before COMMIT, so a
// batch of 200 documents costs one statement of each kind instead of 200), never a re-read of other
// documents. A document's delete subtracts its share (trigger derived_stats_delete); a first/last date,
// name or type that the delete may have widened is marked stale, cleared when a later write restores
// it (reprocessing), else recomputed here from the indexed rows — rare, and only for the
// groups/speakers concerned. Adding several documents' shares at once gives the same rows as adding
// them one by one: counts are sums, first/last/name/type minima and maxima, and a stale bit is cleared
// when any of the documents reaches the stored extreme.
import type { Statement } from 'better-sqlite3';
import type { DB } from './connection.js';
import type { Registry } from '../../registry.js';
import type { Mention } from '../../types.js';
import { quoteIdentifier as q } from './extractor-tables.js';

/** Which mentions each group scope counts: the default list, `--unknown`, `--all`. */
const SCOPES = `(SELECT 'all' AS scope UNION ALL SELECT 'named' UNION ALL SELECT 'unknown') s`;
const scopeHas = (match: string) =>
  `(s.scope = 'all' OR (s.scope = 'named' AND ${match} NOT IN ('discovered', 'descriptor')) OR (s.scope = 'unknown' AND ${match} = 'discovered'))`;

// min/max of a stored value and an incoming one, either possibly NULL
const least = (a: string, b: string) => `coalesce(min(${a}, ${b}), ${a}, ${b})`;
const most = (a: string, b: string) => `coalesce(max(${a}, ${b}), ${a}, ${b})`;
const bit = (cond: string, n: number) => `(CASE WHEN ${cond} THEN ${n} ELSE 0 END)`;

/** Shares added since the last flush: [speaker id, published, document], [group id, name, type, match, text, published, document]. */
interface Pending {
  docs: number;
  speakers: Array<[string, string | null, number]>;
  mentions: unknown[][];
  groupClaims: Map<string, number>;
}
const emptyPending = (): Pending => ({ docs: 0, speakers: [], mentions: [], groupClaims: new Map() });
/** Rows held before a flush is forced (bounds the memory of a long transaction, e.g. ensureDerived). */
const MAX_PENDING = 50_000;

export class Stats {
  private readonly s: Record<string, Statement> = {};
  private pending = emptyPending();
  private readonly groupCols: { id: (m: Mention) => unknown; name: (m: Mention) => unknown; type: (m: Mention) => unknown; match: (m: Mention) => unknown } | undefined;
  private readonly groupLinks: string[];

  constructor(db: DB, registry: Registry) {
    const groups = registry.get('groups');
    const col = (name: string) => groups?.storage.columns.find((c) => c.name === name)?.value as ((m: Mention) => unknown) | undefined;
    const [id, name, type, match] = ['group_id', 'name', 'type', 'match'].map(col);
    this.groupCols = groups?.storage.table === 'group_mentions' && id && name && type && match ? { id, name, type, match } : undefined;
    this.groupLinks = (registry.get('claims')?.links ?? []).filter((l) => l.to === 'groups').map((l) => l.field);
    this.s.groups = db.prepare(`INSERT INTO group_stats (group_id, scope, name, type, mentions, documents, first_seen, last_seen)
      SELECT m.value ->> 0, s.scope, max(m.value ->> 1), max(m.value ->> 2), count(*), count(DISTINCT m.value ->> 6), min(m.value ->> 5), max(m.value ->> 5)
      FROM json_each(?) m JOIN ${SCOPES} ON ${scopeHas('m.value ->> 3')} WHERE true GROUP BY 1, 2
      ON CONFLICT (group_id, scope) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents,
        name = ${most('name', 'excluded.name')}, type = ${most('type', 'excluded.type')},
        first_seen = ${least('first_seen', 'excluded.first_seen')}, last_seen = ${most('last_seen', 'excluded.last_seen')},
        stale = stale & ~(${bit('excluded.first_seen <= first_seen', 1)} | ${bit('excluded.last_seen >= last_seen', 2)}
          | ${bit('excluded.name >= name', 4)} | ${bit('excluded.type >= type', 8)})`);
    this.s.spellings = db.prepare(`INSERT INTO group_spellings (group_id, text, count)
      SELECT m.value ->> 0, m.value ->> 4, count(*) FROM json_each(?) m WHERE true GROUP BY 1, 2
      ON CONFLICT (group_id, text) DO UPDATE SET count = count + excluded.count`);
    this.s.groupClaims = db.prepare(`UPDATE group_stats SET claims = claims + (x.value ->> 1)
      FROM json_each(?) x WHERE group_stats.group_id = x.value ->> 0 AND group_stats.scope = 'all'`);
    this.s.speakers = db.prepare(`INSERT INTO speaker_stats (speaker_id, claims, documents, first_seen, last_seen)
      SELECT value ->> 0, count(*), count(DISTINCT value ->> 2), min(value ->> 1), max(value ->> 1) FROM json_each(?) WHERE true GROUP BY 1
      ON CONFLICT (speaker_id) DO UPDATE SET claims = claims + excluded.claims, documents = documents + excluded.documents,
        first_seen = ${least('first_seen', 'excluded.first_seen')}, last_seen = ${most('last_seen', 'excluded.last_seen')},
        stale = stale & ~(${bit('excluded.first_seen <= first_seen', 1)} | ${bit('excluded.last_seen >= last_seen', 2)})`);
    this.s.staleGroups = db.prepare('SELECT group_id, scope FROM group_stats WHERE stale != 0');
    this.s.staleSpeakers = db.prepare('SELECT speaker_id FROM speaker_stats WHERE stale != 0').pluck();
    if (this.groupCols) {
      const t = q('group_mentions');
      const inScope = `g.group_id = @id AND (@scope = 'all' OR (@scope = 'named' AND g.match NOT IN ('discovered', 'descriptor')) OR (@scope = 'unknown' AND g.match = 'discovered'))`;
      this.s.recountGroup = db.prepare(`UPDATE group_stats SET stale = 0,
        first_seen = (SELECT min(substr(d.published, 1, 10)) FROM ${t} g JOIN documents d ON d.id = g.document_id WHERE ${inScope}),
        last_seen = (SELECT max(substr(d.published, 1, 10)) FROM ${t} g JOIN documents d ON d.id = g.document_id WHERE ${inScope}),
        name = (SELECT max(g.name) FROM ${t} g WHERE ${inScope}), type = (SELECT max(g.type) FROM ${t} g WHERE ${inScope})
        WHERE group_id = @id AND scope = @scope`);
    }
    this.s.recountSpeaker = db.prepare(`UPDATE speaker_stats SET stale = 0,
      first_seen = (SELECT min(published) FROM claim_facts WHERE speaker_id = @id),
      last_seen = (SELECT max(published) FROM claim_facts WHERE speaker_id = @id) WHERE speaker_id = @id`);
  }

  /**
   * Adds one document's share (to the pending shares, written by flush). `published` is its publication
   * day (or null), `speakers` the speaker id of each of its claims (null when unattributed), `groups`
   * and `claims` its extractions.
   */
  add(published: string | null, speakers: ReadonlyArray<string | null>, groups: readonly Mention[], claims: readonly Mention[]): void {
    const p = this.pending;
    const doc = p.docs++;
    for (const s of speakers) if (s !== null) p.speakers.push([s, published, doc]);
    const g = this.groupCols;
    if (g && groups.length) {
      for (const m of groups) p.mentions.push([g.id(m), g.name(m), g.type(m), g.match(m), m.text, published, doc]);
      // claims linking to each group, counted once per claim
      for (const c of claims) {
        const seen = new Set<string>();
        for (const field of this.groupLinks) {
          const targets = (c as unknown as Record<string, unknown>)[field];
          if (!Array.isArray(targets)) continue;
          for (const t of targets) {
            const m = typeof t === 'number' ? groups[t] : undefined;
            if (m && Number.isInteger(t)) seen.add(String(g.id(m)));
          }
        }
        for (const id of seen) p.groupClaims.set(id, (p.groupClaims.get(id) ?? 0) + 1);
      }
    }
    if (p.speakers.length + p.mentions.length > MAX_PENDING) this.flush();
  }

  /** Writes the pending shares, then recomputes what a delete left stale. */
  flush(): void {
    const p = this.pending;
    this.pending = emptyPending();
    if (p.speakers.length) this.s.speakers!.run(JSON.stringify(p.speakers));
    if (p.mentions.length) {
      const mentions = JSON.stringify(p.mentions);
      this.s.groups!.run(mentions);
      this.s.spellings!.run(mentions);
    }
    if (p.groupClaims.size) this.s.groupClaims!.run(JSON.stringify([...p.groupClaims]));
    if (!p.docs) return;
    for (const r of this.s.staleGroups!.all() as Array<{ group_id: string; scope: string }>) this.s.recountGroup?.run({ id: r.group_id, scope: r.scope });
    for (const id of this.s.staleSpeakers!.all() as string[]) this.s.recountSpeaker!.run({ id });
  }

  /** Drops the pending shares (their transaction rolled back). */
  discard(): void {
    this.pending = emptyPending();
  }
}
