// 6: what the fact-checkers' lists need without scanning every mention (derived.ts, stats.ts):
// each figure's outcome, category and range beside its date and place (casualties and conflicts
// read one table and its indexes); per-group and per-speaker counts, first/last seen and spellings
// kept by the writer (a document's delete subtracts its share, see the trigger); sort orders as
// indexes. Filled for stored documents by ensureDerived (DERIVED_VERSION 2).
// Shipped: never edit; add a new migration instead.
export default `
  ALTER TABLE casualty_facts ADD COLUMN outcome TEXT;
  ALTER TABLE casualty_facts ADD COLUMN category TEXT;
  ALTER TABLE casualty_facts ADD COLUMN low INTEGER;
  ALTER TABLE casualty_facts ADD COLUMN high INTEGER;
  CREATE INDEX casualty_facts_outcome ON casualty_facts(outcome, category, date_start, document_id, idx);
  CREATE INDEX casualty_facts_conflict ON casualty_facts(outcome, category, cumulative, place_key, period, low, high, document_id,
    speaker_id, place_name) WHERE period IS NOT NULL;
  -- version 1's indexes that duplicate a descriptor's (claims.speaker_name, group_mentions.group_id) or
  -- that no query reads any more (casualties are filtered through casualty_facts): one write less each
  DROP INDEX claims_speaker;
  DROP INDEX casualties_outcome_category;
  DROP INDEX group_mentions_group;
  CREATE INDEX group_mentions_group ON group_mentions(group_id, document_id, idx);
  CREATE INDEX documents_source ON documents(source_kind, agency, id);
  DROP INDEX claim_facts_published;
  CREATE INDEX claim_facts_published ON claim_facts(published DESC, document_id, idx);
  DROP INDEX claim_facts_speaker;
  CREATE INDEX claim_facts_speaker ON claim_facts(speaker_id, published DESC, document_id, idx);

  -- scope: 'named' (gazetteer matches: the default list), 'unknown' (discovered names), 'all'.
  -- stale: bits of first_seen (1), last_seen (2), name (4), type (8) that a delete may have left too
  -- wide; the writer clears them when a write restores the extreme, else recomputes them.
  CREATE TABLE group_stats (
    group_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    name TEXT,
    type TEXT,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    claims INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT,
    stale INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, scope)
  ) WITHOUT ROWID;
  CREATE INDEX group_stats_stale ON group_stats(stale) WHERE stale != 0;
  CREATE TABLE group_spellings (
    group_id TEXT NOT NULL,
    text TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (group_id, text)
  ) WITHOUT ROWID;
  CREATE TABLE speaker_stats (
    speaker_id TEXT PRIMARY KEY,
    claims INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    stale INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE INDEX speaker_stats_stale ON speaker_stats(stale) WHERE stale != 0;

  -- a document leaving (reprocessing deletes it before writing it again) takes its share with it
  CREATE TRIGGER derived_stats_delete BEFORE DELETE ON documents BEGIN
    UPDATE speaker_stats SET claims = claims - x.n, documents = documents - 1,
      stale = stale | (CASE WHEN x.lo = first_seen THEN 1 ELSE 0 END) | (CASE WHEN x.hi = last_seen THEN 2 ELSE 0 END)
      FROM (SELECT speaker_id, count(*) AS n, min(published) AS lo, max(published) AS hi FROM claim_facts
        WHERE document_id = old.id AND speaker_id IS NOT NULL GROUP BY speaker_id) AS x
      WHERE speaker_stats.speaker_id = x.speaker_id;
    UPDATE group_stats SET mentions = mentions - x.n, documents = documents - 1,
      stale = stale | (CASE WHEN substr(old.published, 1, 10) = first_seen THEN 1 ELSE 0 END)
        | (CASE WHEN substr(old.published, 1, 10) = last_seen THEN 2 ELSE 0 END)
        | (CASE WHEN x.name = group_stats.name THEN 4 ELSE 0 END) | (CASE WHEN x.type = group_stats.type THEN 8 ELSE 0 END)
      FROM (SELECT g.group_id, s.scope, count(*) AS n, max(g.name) AS name, max(g.type) AS type FROM group_mentions g
        JOIN (SELECT 'all' AS scope UNION ALL SELECT 'named' UNION ALL SELECT 'unknown') s
          ON s.scope = 'all' OR (s.scope = 'named' AND g.match NOT IN ('discovered', 'descriptor')) OR (s.scope = 'unknown' AND g.match = 'discovered')
        WHERE g.document_id = old.id GROUP BY g.group_id, s.scope) AS x
      WHERE group_stats.group_id = x.group_id AND group_stats.scope = x.scope;
    UPDATE group_stats SET claims = claims - x.n
      FROM (SELECT g.group_id, count(DISTINCT l.from_idx) AS n FROM links l
        JOIN group_mentions g ON g.document_id = l.document_id AND g.idx = l.to_idx
        WHERE l.document_id = old.id AND l.to_kind = 'groups' AND l.from_kind = 'claims' GROUP BY g.group_id) AS x
      WHERE group_stats.group_id = x.group_id AND group_stats.scope = 'all';
    UPDATE group_spellings SET count = count - x.n
      FROM (SELECT group_id, text, count(*) AS n FROM group_mentions WHERE document_id = old.id GROUP BY group_id, text) AS x
      WHERE group_spellings.group_id = x.group_id AND group_spellings.text = x.text;
  END;
  `;
