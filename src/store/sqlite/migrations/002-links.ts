// 2: one links table for every descriptor's link specs, replacing the four per-pair link tables.
// Shipped: never edit; add a new migration instead.
export default `
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
  `;
