// The core schema as ordered migrations; PRAGMA user_version records how many have run.
// Add a migration by appending to the list — never edit one that has shipped.
// Extractor tables are not listed here after version 1: each descriptor's storage spec creates and
// extends its own table (extractor-tables.ts). Version 1 named the four original extractors' tables
// and is kept as shipped.

export const migrations: readonly string[] = [
  // 1: documents, segmentation, one table per kind of extraction, claim links, FTS, runs.
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'interrupted')),
    tool_version TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    inputs_json TEXT NOT NULL,
    documents_read INTEGER NOT NULL DEFAULT 0,
    documents_new INTEGER NOT NULL DEFAULT 0,
    documents_unchanged INTEGER NOT NULL DEFAULT 0,
    documents_reprocessed INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    file TEXT NOT NULL,
    reason TEXT NOT NULL
  );

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    external_id TEXT,
    file TEXT,
    format TEXT NOT NULL CHECK (format IN ('text', 'html', 'jsonl')),
    text TEXT NOT NULL,
    title TEXT,
    source_kind TEXT NOT NULL,
    agency TEXT,
    dateline_place TEXT,
    published TEXT,
    published_origin TEXT,
    updated TEXT,
    url TEXT,
    meta_json TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    first_run_id INTEGER REFERENCES runs(id),
    last_run_id INTEGER REFERENCES runs(id)
  );
  CREATE INDEX documents_published ON documents(published);
  CREATE INDEX documents_external_id ON documents(external_id);

  CREATE TABLE paragraphs (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
  );

  CREATE TABLE sentences (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
  );

  CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    range_with INTEGER,
    known_json TEXT,
    inferred_json TEXT,
    rule TEXT NOT NULL,
    item_json TEXT NOT NULL,
    UNIQUE (document_id, idx)
  );
  CREATE INDEX dates_value ON dates(value);

  CREATE TABLE casualties (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    count INTEGER NOT NULL,
    low INTEGER NOT NULL,
    high INTEGER NOT NULL,
    qualifier TEXT NOT NULL,
    outcome TEXT NOT NULL,
    category TEXT NOT NULL,
    inferred_json TEXT,
    rule TEXT NOT NULL,
    item_json TEXT NOT NULL,
    UNIQUE (document_id, idx)
  );
  CREATE INDEX casualties_outcome_category ON casualties(outcome, category);

  CREATE TABLE casualty_dates (
    casualty_id INTEGER NOT NULL REFERENCES casualties(id) ON DELETE CASCADE,
    date_id INTEGER NOT NULL REFERENCES dates(id) ON DELETE CASCADE,
    PRIMARY KEY (casualty_id, date_id)
  );

  CREATE TABLE group_mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    group_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    match TEXT NOT NULL,
    inferred_json TEXT,
    rule TEXT NOT NULL,
    item_json TEXT NOT NULL,
    UNIQUE (document_id, idx)
  );
  CREATE INDEX group_mentions_group ON group_mentions(group_id);

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text TEXT,
    speaker_name TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    inferred_json TEXT,
    rule TEXT NOT NULL,
    item_json TEXT NOT NULL,
    UNIQUE (document_id, idx)
  );
  CREATE INDEX claims_speaker ON claims(speaker_name);

  -- What a claim contains: the dates, figures and groups inside its content span.
  CREATE TABLE claim_dates (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    date_id INTEGER NOT NULL REFERENCES dates(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, date_id)
  );
  CREATE TABLE claim_casualties (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    casualty_id INTEGER NOT NULL REFERENCES casualties(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, casualty_id)
  );
  CREATE TABLE claim_groups (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    group_mention_id INTEGER NOT NULL REFERENCES group_mentions(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, group_mention_id)
  );

  CREATE VIRTUAL TABLE claims_fts USING fts5(text, speaker_name, content='claims', content_rowid='id');
  CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
  END;
  CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
  END;
  `,
  // 2: one links table for every descriptor's link specs, replacing the four per-pair link tables.
  `
  CREATE TABLE links (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    from_kind TEXT NOT NULL,
    from_idx INTEGER NOT NULL,
    field TEXT NOT NULL,
    to_kind TEXT NOT NULL,
    to_idx INTEGER NOT NULL,
    PRIMARY KEY (document_id, from_kind, from_idx, field, to_idx)
  );
  CREATE INDEX links_to ON links(document_id, to_kind, to_idx);
  INSERT INTO links SELECT c.document_id, 'casualties', c.idx, 'dates', 'dates', d.idx
    FROM casualty_dates x JOIN casualties c ON c.id = x.casualty_id JOIN dates d ON d.id = x.date_id;
  INSERT INTO links SELECT c.document_id, 'claims', c.idx, 'dates', 'dates', d.idx
    FROM claim_dates x JOIN claims c ON c.id = x.claim_id JOIN dates d ON d.id = x.date_id;
  INSERT INTO links SELECT c.document_id, 'claims', c.idx, 'casualties', 'casualties', k.idx
    FROM claim_casualties x JOIN claims c ON c.id = x.claim_id JOIN casualties k ON k.id = x.casualty_id;
  INSERT INTO links SELECT c.document_id, 'claims', c.idx, 'groups', 'groups', g.idx
    FROM claim_groups x JOIN claims c ON c.id = x.claim_id JOIN group_mentions g ON g.id = x.group_mention_id;
  DROP TABLE casualty_dates;
  DROP TABLE claim_dates;
  DROP TABLE claim_casualties;
  DROP TABLE claim_groups;
  `,
  // 3: appearances — every input occurrence of a document —
  // the same statement at two URLs, or ingested from a .txt and again from a JSONL line, keeps each
  // external id, file, URL, title and publication date it came with. One row per distinct occurrence
  // (a re-run or a resumed run adds none); run_id is the first run that saw it, last_run_id the latest.
  // The reference is deferred so that reprocessing (delete + re-insert of the document in one
  // transaction) keeps the appearances; a document cannot be deleted for good while it has some.
  `
  CREATE TABLE appearances (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
    external_id TEXT,
    file TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    run_id INTEGER REFERENCES runs(id),
    last_run_id INTEGER REFERENCES runs(id)
  );
  CREATE UNIQUE INDEX appearances_occurrence ON appearances(document_id, ifnull(external_id, ''), ifnull(file, ''),
    ifnull(url, ''), ifnull(title, ''), ifnull(published, ''));
  CREATE INDEX appearances_external_id ON appearances(external_id);
  CREATE INDEX appearances_file ON appearances(file);
  INSERT INTO appearances (document_id, external_id, file, url, title, published, run_id, last_run_id)
    SELECT id, external_id, file, url, title, published, first_run_id, last_run_id FROM documents;
  `,
  // 4: full-text index over the documents' title and text (claims_fts covers claims only), filled
  // from the stored documents. Its own copy of the text keyed by the document's rowid (deletes are by
  // rowid); searches join on document_id.
  `
  CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text);
  CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, document_id, title, text) VALUES (new.rowid, new.id, coalesce(new.title, ''), new.text);
  END;
  CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = old.rowid;
  END;
  INSERT INTO documents_fts(rowid, document_id, title, text) SELECT rowid, id, coalesce(title, ''), text FROM documents;
  `,
  // 5: tables derived from the stored extractions for the query layer (src/store/sqlite/derived.ts,
  // written with each document; filled for stored documents when a writer opens the database):
  // canonical speakers with the aliases seen, each claim's speaker and date, each figure's date,
  // period, place and speaker, and the sentence bounds of both.
  `
  CREATE TABLE speakers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT,
    role TEXT,
    group_id TEXT
  );
  CREATE TABLE speaker_aliases (
    speaker_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias)
  );
  CREATE INDEX speaker_aliases_key ON speaker_aliases(alias_key);
  CREATE TABLE claim_facts (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker_id TEXT,
    published TEXT,
    figures INTEGER NOT NULL DEFAULT 0,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
  );
  CREATE INDEX claim_facts_speaker ON claim_facts(speaker_id, published);
  CREATE INDEX claim_facts_published ON claim_facts(published);
  CREATE TABLE casualty_facts (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    date_origin TEXT,
    period TEXT,
    place_key TEXT,
    place_name TEXT,
    place_id TEXT,
    speaker_id TEXT,
    cumulative INTEGER NOT NULL DEFAULT 0,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
  );
  CREATE INDEX casualty_facts_date ON casualty_facts(date_start);
  CREATE INDEX casualty_facts_period ON casualty_facts(period, place_key);
  CREATE INDEX casualty_facts_speaker ON casualty_facts(speaker_id);
  CREATE TABLE derived_state (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL
  );
  `,
  // 6: what the fact-checkers' lists need without scanning every mention (derived.ts, stats.ts):
  // each figure's outcome, category and range beside its date and place (casualties and conflicts
  // read one table and its indexes); per-group and per-speaker counts, first/last seen and spellings
  // kept by the writer (a document's delete subtracts its share, see the trigger); sort orders as
  // indexes. Filled for stored documents by ensureDerived (DERIVED_VERSION 2).
  `
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
  `,
];

export const SCHEMA_VERSION = migrations.length;
