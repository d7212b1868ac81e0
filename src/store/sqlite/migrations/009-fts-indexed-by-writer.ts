// 9: the full-text indexes are kept by the writer, once per batch transaction, instead of by triggers
// on every inserted and deleted row (writer.ts): with the triggers, FTS5 wrote its pending terms to disk
// at every statement savepoint of the transaction (a tiny segment each, merged again later) — over half
// of the writer's CPU. The indexes' content is unchanged, so no rebuild. The descriptors' FTS tables
// (claims_fts) lose their triggers in extractor-tables.ts too.
// Shipped: never edit; add a new migration instead.
export default `
  DROP TRIGGER IF EXISTS documents_fts_insert;
  DROP TRIGGER IF EXISTS documents_fts_delete;
  DROP TRIGGER IF EXISTS claims_fts_insert;
  DROP TRIGGER IF EXISTS claims_fts_delete;
`;
