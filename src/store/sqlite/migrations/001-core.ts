// 1: documents, segmentation, one table per kind of extraction, claim links, FTS, runs.
// Shipped: never edit; add a new migration instead.
export default `
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
  `;
