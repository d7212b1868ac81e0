// Tables the query layer reads, derived from one document's extractions inside the writer's
// transaction (migration 4): canonical speakers and the aliases seen, each claim's speaker, date and
// sentence, each casualty figure's date, period, place, speaker and sentence. A writer opening an
// older database fills them for every stored document (ensureDerived).
import type { Statement } from 'better-sqlite3';
import type { DB } from './connection.js';
import type { Registry } from '../../registry.js';
import type { Extractions } from '../../pipeline.js';
import type { Mention, Span } from '../../types.js';
import { nameKey, plain } from '../../query/names.js';
import { quoteIdentifier as q, tableExists } from './extractor-tables.js';
import { Stats } from './stats.js';

/** Bump when the derivation changes: a writer then recomputes the derived tables. */
export const DERIVED_VERSION = 3; // 3: aliases keep the name as written before a relative clause or apposition, with name particles

interface SpeakerItem {
  start: number;
  end: number;
  text: string;
  name?: string | null;
  id?: string;
  type?: string;
  role?: string;
  group?: string;
}
type ClaimLike = Mention & { speaker?: SpeakerItem | null; casualties?: number[] };
type PlaceLike = { text?: string; name?: string; id?: string } | string | null | undefined;
type CasualtyLike = Mention & { dates?: number[]; place?: PlaceLike; cumulative?: boolean; outcome?: string; category?: string; low?: number; high?: number };
type DateLike = Mention & { type?: string; value?: string };

const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const LAST_DAY = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A (possibly partial) ISO date as the days it covers: '2016-02' → 2016-02-01 … 2016-02-29. */
export function dateRange(value: string): { date: string; start: string; end: string; period: string } | undefined {
  const m = ISO_PART.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  if (mo && !d) return { date: `${y}-${mo}`, start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(LAST_DAY(Number(y), Number(mo))).padStart(2, '0')}`, period: `${y}-${mo}` };
  if (mo && d) return { date: `${y}-${mo}-${d}`, start: `${y}-${mo}-${d}`, end: `${y}-${mo}-${d}`, period: `${y}-${mo}` };
  return { date: y, start: `${y}-01-01`, end: `${y}-12-31`, period: y };
}

// a personal or organization name as written: capitalised words, name particles allowed ("Ali al-Zaatari", "Staffan de Mistura")
const NAME_AS_WRITTEN = /^\p{Lu}\p{Ll}+(?:[ -](?:(?:al|el|ad|ash|bin|ibn|abu|de|van|von|da|di|du)[ -])?\p{Lu}[\p{L}'’-]+)+$/u;

/**
 * Names worth keeping as aliases: the resolved name, and the text when it is itself a name, or the
 * name it opens before a relative clause or apposition ("Rami Abdurrahman who heads the …" → "Rami Abdurrahman").
 */
export function aliasesOf(sp: { text: string; name?: string | null }): string[] {
  const out = new Set<string>();
  if (sp.name) out.add(sp.name);
  const text = sp.text.replace(/\u00A0/g, ' ').trim();
  for (const t of [text, text.split(/\s+(?:who|which)\s|,/)[0]!.trim()]) {
    if (NAME_AS_WRITTEN.test(t) && !/^(?:The|He|She|They|It|We)\b/.test(t)) out.add(t);
  }
  return [...out];
}

function sentenceBounds(sentences: readonly Span[], item: Span): Span {
  let start = -1;
  let end = -1;
  for (const s of sentences) {
    if (s.end <= item.start) continue;
    if (s.start >= item.end) break;
    if (start < 0) start = s.start;
    end = s.end;
  }
  return start < 0 ? { start: item.start, end: item.end } : { start: Math.min(start, item.start), end: Math.max(end, item.end) };
}

export class Derived {
  private readonly s: Record<string, Statement>;
  private readonly stats: Stats;
  /** In the open transaction: the last speaker row written per id, and the aliases inserted (writing them again changes nothing). */
  private written = { speakers: new Map<string, string>(), aliases: new Set<string>() };

  constructor(
    db: DB,
    private readonly registry: Registry,
  ) {
    this.stats = new Stats(db, registry);
    this.s = {
      published: db.prepare('SELECT published FROM documents WHERE id = ?').pluck(),
      text: db.prepare('SELECT text FROM documents WHERE id = ?').pluck(),
      sentences: db.prepare('SELECT start, "end" FROM sentences WHERE document_id = ? ORDER BY idx'),
      byAlias: db.prepare("SELECT speaker_id FROM speaker_aliases WHERE alias_key = ? ORDER BY speaker_id LIKE 'name:%', speaker_id LIMIT 1"),
      speaker: db.prepare(`INSERT INTO speakers (id, name, type, role, group_id) VALUES (@id, @name, @type, @role, @group_id)
        ON CONFLICT(id) DO UPDATE SET type = coalesce(excluded.type, type), role = coalesce(excluded.role, role),
        group_id = coalesce(excluded.group_id, group_id)`),
      alias: db.prepare('INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?)'),
      claim: db.prepare('INSERT INTO claim_facts (document_id, idx, speaker_id, published, figures, sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      casualty: db.prepare(`INSERT INTO casualty_facts (document_id, idx, date, date_start, date_end, date_origin, period, place_key,
        place_name, place_id, speaker_id, cumulative, sentence_start, sentence_end, sentence, outcome, category, low, high)
        VALUES (@document_id, @idx, @date, @date_start, @date_end, @date_origin, @period, @place_key, @place_name, @place_id,
        @speaker_id, @cumulative, @sentence_start, @sentence_end, @sentence, @outcome, @category, @low, @high)`),
    };
  }

  /** The canonical entity of a claim's speaker, registered with the aliases seen; null when unnamed. */
  private speakerId(sp: SpeakerItem | null | undefined): string | null {
    if (!sp) return null;
    const name = sp.name ?? null;
    const givenId = typeof sp.id === 'string' && sp.id ? sp.id : undefined;
    if (!givenId && !name) return null;
    const key = name ? nameKey(name) : undefined;
    if (key === 'name:') return null;
    const id = givenId ?? ((this.s.byAlias as Statement).get(key) as { speaker_id: string } | undefined)?.speaker_id ?? (key as string);
    const type = sp.type ?? (id.startsWith('group:') ? 'organization' : id.startsWith('person:') ? 'person' : null);
    const row = { id, name: name ?? sp.text, type, role: sp.role ?? null, group_id: sp.group ?? null };
    const rowKey = JSON.stringify([row.name, row.type, row.role, row.group_id]);
    if (this.written.speakers.get(id) !== rowKey) {
      (this.s.speaker as Statement).run(row);
      this.written.speakers.set(id, rowKey);
    }
    for (const a of aliasesOf(sp)) {
      const k = `${id}\u0000${a}`;
      if (this.written.aliases.has(k)) continue;
      (this.s.alias as Statement).run(id, a, nameKey(a));
      this.written.aliases.add(k);
    }
    return id;
  }

  /** Writes what the documents written so far owe the stats tables (before a delete, and before COMMIT). */
  flush(): void {
    this.stats.flush();
  }

  /** Forgets what the transaction wrote (after its COMMIT or ROLLBACK); pending stats are dropped. */
  endTransaction(): void {
    this.stats.discard();
    this.written = { speakers: new Map(), aliases: new Set() };
  }

  /**
   * Writes one stored document's rows. `doc` is what the writer just stored (its publication date, text
   * and sentences), so they need not be read back; without it they are read from the database.
   */
  write(docId: string, ex: Extractions, doc?: { published: string | null; text: string; sentences: readonly Span[] }): void {
    const stored = doc ? doc.published : ((this.s.published as Statement).get(docId) as string | null);
    const published = stored ? stored.slice(0, 10) : null;
    const claimsName = this.registry.get('claims') ? 'claims' : undefined;
    const casualtiesName = this.registry.get('casualties') ? 'casualties' : undefined;
    const claims = (claimsName ? ex[claimsName] ?? [] : []) as ClaimLike[];
    const figures = (casualtiesName ? ex[casualtiesName] ?? [] : []) as CasualtyLike[];
    // the sentences (and the text, for the figures' sentences) only when there is something to place in them
    const sentences = claims.length || figures.length ? (doc?.sentences ?? ((this.s.sentences as Statement).all(docId) as Span[])) : [];
    const figureSpeaker = new Map<number, string | null>();
    const speakerIds: Array<string | null> = [];
    // a speaker named again in the same document resolves as the first time (the writes are idempotent)
    const seen = new Map<string, string | null>();
    claims.forEach((c, i) => {
      const key = c.speaker ? JSON.stringify([c.speaker.name, c.speaker.id, c.speaker.text, c.speaker.type, c.speaker.role, c.speaker.group]) : '';
      let id = seen.get(key);
      if (id === undefined) seen.set(key, (id = this.speakerId(c.speaker)));
      speakerIds.push(id);
      const b = sentenceBounds(sentences, c);
      for (const k of c.casualties ?? []) if (!figureSpeaker.has(k)) figureSpeaker.set(k, id);
      (this.s.claim as Statement).run(docId, i, id, published, c.casualties?.length ?? 0, b.start, b.end);
    });
    const groups = (this.registry.get('groups') ? ex.groups ?? [] : []) as Mention[];
    this.stats.add(published, speakerIds, groups, claims);
    if (!casualtiesName) return;
    const dates = (this.registry.get('dates') ? ex.dates ?? [] : []) as DateLike[];
    const text = figures.length ? (doc?.text ?? ((this.s.text as Statement).get(docId) as string)) : '';
    figures.forEach((c, i) => {
      const stated = (c.dates ?? []).map((d) => dates[d]).find((d) => d && d.type === 'DATE' && d.value && ISO_PART.test(d.value));
      const range = stated?.value ? dateRange(stated.value) : published ? dateRange(published) : undefined;
      const p = c.place;
      const placeName = typeof p === 'string' ? p : p ? (p.name ?? p.text ?? null) : null;
      const placeId = p && typeof p === 'object' ? (p.id ?? null) : null;
      const b = sentenceBounds(sentences, c);
      (this.s.casualty as Statement).run({
        document_id: docId,
        idx: i,
        date: range?.date ?? null,
        date_start: range?.start ?? null,
        date_end: range?.end ?? null,
        date_origin: range ? (stated ? 'text' : 'published') : null,
        period: range?.period ?? null,
        place_key: placeId ?? (placeName ? plain(placeName) : null),
        place_name: placeName,
        place_id: placeId,
        speaker_id: figureSpeaker.get(i) ?? null,
        cumulative: c.cumulative ? 1 : 0,
        sentence_start: b.start,
        sentence_end: b.end,
        sentence: text.slice(b.start, b.end),
        outcome: c.outcome ?? null,
        category: c.category ?? null,
        low: c.low ?? null,
        high: c.high ?? null,
      });
    });
  }
}

/** Fills the derived tables for every stored document when they are older than this derivation. */
export function ensureDerived(db: DB, registry: Registry): void {
  const row = db.prepare("SELECT version FROM derived_state WHERE name = 'query'").get() as { version: number } | undefined;
  if (row?.version === DERIVED_VERSION) return;
  const derived = new Derived(db, registry);
  db.transaction(() => {
    for (const t of ['claim_facts', 'casualty_facts', 'speaker_aliases', 'speakers', 'group_stats', 'group_spellings', 'speaker_stats']) db.exec(`DELETE FROM ${t}`);
    const ids = db.prepare('SELECT id FROM documents ORDER BY rowid').pluck().all() as string[];
    const stmts = registry.extractors
      .filter((e) => tableExists(db, e.storage.table))
      .map((e) => [e.name, db.prepare(`SELECT item_json FROM ${q(e.storage.table)} WHERE document_id = ? ORDER BY idx`).pluck()] as const);
    for (const id of ids) {
      const ex: Extractions = {};
      for (const [name, st] of stmts) ex[name] = (st.all(id) as string[]).map((j) => JSON.parse(j) as Mention);
      derived.write(id, ex);
    }
    derived.flush();
    db.prepare("INSERT OR REPLACE INTO derived_state (name, version) VALUES ('query', ?)").run(DERIVED_VERSION);
  })();
}
