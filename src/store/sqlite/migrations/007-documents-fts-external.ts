// 7: documents_fts reads the title and text from the documents table (external content) instead of
// keeping its own copy: the database no longer stores every text twice (~14 % of a database's pages)
// and a write indexes the text without storing it again. Deletes must pass the indexed values.
// Rows stay keyed by the documents' rowid, as the queries join on it.
export default `
  DROP TRIGGER documents_fts_insert;
  DROP TRIGGER documents_fts_delete;
  DROP TABLE documents_fts;
  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents');
  CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
`;
