// 9: the full-text indexes are filled by the writer, once per batch transaction, instead of by a
// trigger per inserted row (writer.ts): with the triggers, FTS5 wrote its pending terms to disk at
// every statement savepoint of the transaction (a tiny segment each, merged again later) — over half
// of the writer's CPU. The delete triggers stay. The indexes' content is unchanged, so no rebuild.
// The descriptors' FTS tables (claims_fts) lose their insert trigger in extractor-tables.ts too.
// Shipped: never edit; add a new migration instead.
export default `
  DROP TRIGGER IF EXISTS documents_fts_insert;
  DROP TRIGGER IF EXISTS claims_fts_insert;
`;
