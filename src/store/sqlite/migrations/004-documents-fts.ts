// 4: full-text index over the documents' title and text (claims_fts covers claims only), filled
// from the stored documents. Its own copy of the text keyed by the document's rowid (deletes are by
// rowid); searches join on document_id.
// Shipped: never edit; add a new migration instead.
export default `
  CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text);
  CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, document_id, title, text) VALUES (new.rowid, new.id, coalesce(new.title, ''), new.text);
  END;
  CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = old.rowid;
  END;
  INSERT INTO documents_fts(rowid, document_id, title, text) SELECT rowid, id, coalesce(title, ''), text FROM documents;
  `;
