// 3: appearances — every input occurrence of a document —
// the same statement at two URLs, or ingested from a .txt and again from a JSONL line, keeps each
// external id, file, URL, title and publication date it came with. One row per distinct occurrence
// (a re-run or a resumed run adds none); run_id is the first run that saw it, last_run_id the latest.
// The reference is deferred so that reprocessing (delete + re-insert of the document in one
// transaction) keeps the appearances; a document cannot be deleted for good while it has some.
// Shipped: never edit; add a new migration instead.
export default `
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
  `;
