// 5: tables derived from the stored extractions for the query layer (src/store/sqlite/derived.ts,
// written with each document; filled for stored documents when a writer opens the database):
// canonical speakers with the aliases seen, each claim's speaker and date, each figure's date,
// period, place and speaker, and the sentence bounds of both.
// Shipped: never edit; add a new migration instead.
export default `
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
  `;
