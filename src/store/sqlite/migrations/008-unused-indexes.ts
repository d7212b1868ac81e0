// 8: indexes that cost a write per stored item and that no query reads. The query layer filters and
// sorts claims and figures through claim_facts and casualty_facts (migrations 5 and 6), so the
// descriptors' indexes on claims.speaker_name/speaker_id/speaker_group, casualties.outcome/category/place_id
// and dates.value are no longer declared; group_mentions.group_id is served by group_mentions_group
// (group_id, document_id, idx), so the writer no longer creates its own index for it (extractor-tables.ts).
// casualty_facts_period: conflicts read casualty_facts_conflict (outcome, category, …, period), never this one.
// Checked with EXPLAIN QUERY PLAN over every claims/casualties/conflicts/groups/speakers/documents filter and sort.
// Storing documents: -8 to -13 % writer CPU (README "Performance").
// Shipped: never edit; add a new migration instead.
export default `
  DROP INDEX IF EXISTS claims_speaker_name;
  DROP INDEX IF EXISTS claims_speaker_id;
  DROP INDEX IF EXISTS claims_speaker_group;
  DROP INDEX IF EXISTS casualties_outcome;
  DROP INDEX IF EXISTS casualties_category;
  DROP INDEX IF EXISTS casualties_place_id;
  DROP INDEX IF EXISTS dates_value;
  DROP INDEX IF EXISTS group_mentions_group_id;
  DROP INDEX IF EXISTS casualty_facts_period;
`;
