// The single writer: each document and all its extractions are committed in one transaction, so a
// crash or kill leaves either the whole document or nothing, and a re-run resumes where it stopped.
import type { DB } from './connection.js';
import type { Document, Extractions } from '../types.js';

export type StoreOutcome = 'new' | 'unchanged' | 'reprocessed';

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export class Writer {
  private readonly stmts;

  constructor(private readonly db: DB) {
    this.stmts = {
      existing: db.prepare('SELECT extractor_version FROM documents WHERE id = ?'),
      deleteDoc: db.prepare('DELETE FROM documents WHERE id = ?'),
      touch: db.prepare('UPDATE documents SET last_run_id = ? WHERE id = ?'),
      doc: db.prepare(`INSERT INTO documents (id, external_id, file, format, text, title, source_kind, agency, dateline_place,
        published, published_origin, updated, url, meta_json, extractor_version, first_run_id, last_run_id)
        VALUES (@id, @external_id, @file, @format, @text, @title, @source_kind, @agency, @dateline_place,
        @published, @published_origin, @updated, @url, @meta_json, @extractor_version, @first_run_id, @last_run_id)`),
      paragraph: db.prepare('INSERT INTO paragraphs (document_id, idx, start, "end", kind, rule) VALUES (?, ?, ?, ?, ?, ?)'),
      sentence: db.prepare('INSERT INTO sentences (document_id, idx, paragraph, start, "end") VALUES (?, ?, ?, ?, ?)'),
      date: db.prepare(`INSERT INTO dates (document_id, idx, start, "end", text, type, value, mod, range_with, known_json, inferred_json, rule, item_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      casualty: db.prepare(`INSERT INTO casualties (document_id, idx, start, "end", text, count, low, high, qualifier, outcome, category, inferred_json, rule, item_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      casualtyDate: db.prepare('INSERT OR IGNORE INTO casualty_dates (casualty_id, date_id) VALUES (?, ?)'),
      group: db.prepare(`INSERT INTO group_mentions (document_id, idx, start, "end", text, group_id, name, type, match, inferred_json, rule, item_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      claim: db.prepare(`INSERT INTO claims (document_id, idx, start, "end", text, kind, speaker_start, speaker_end, speaker_text, speaker_name,
        cue_start, cue_end, cue_text, inferred_json, rule, item_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      claimDate: db.prepare('INSERT OR IGNORE INTO claim_dates (claim_id, date_id) VALUES (?, ?)'),
      claimCasualty: db.prepare('INSERT OR IGNORE INTO claim_casualties (claim_id, casualty_id) VALUES (?, ?)'),
      claimGroup: db.prepare('INSERT OR IGNORE INTO claim_groups (claim_id, group_mention_id) VALUES (?, ?)'),
    };
  }

  /** Version of the stored extractions for a document id, or undefined when it is not stored. */
  storedVersion(id: string): string | undefined {
    const row = this.stmts.existing.get(id) as { extractor_version: string } | undefined;
    return row?.extractor_version;
  }

  /** Marks an already stored, unchanged document as seen by this run. */
  touch(id: string, runId: number): void {
    this.stmts.touch.run(runId, id);
  }

  /** Stores (or replaces) one document with its extractions, atomically. */
  store(doc: Document, ex: Extractions, extractorVersion: string, runId: number | null): StoreOutcome {
    return this.db.transaction((): StoreOutcome => {
      const prior = this.stmts.existing.get(doc.id) as { extractor_version: string } | undefined;
      let firstRun = runId;
      if (prior) {
        const row = this.db.prepare('SELECT first_run_id FROM documents WHERE id = ?').get(doc.id) as { first_run_id: number | null };
        firstRun = row.first_run_id;
        this.stmts.deleteDoc.run(doc.id); // cascades to every extraction table
      }
      this.insertDocument(doc, extractorVersion, firstRun, runId);
      this.insertExtractions(doc.id, ex);
      return prior ? 'reprocessed' : 'new';
    })();
  }

  private insertDocument(doc: Document, extractorVersion: string, firstRun: number | null, runId: number | null): void {
    const m = doc.meta;
    this.stmts.doc.run({
      id: doc.id,
      external_id: doc.externalId ?? null,
      file: doc.file ?? null,
      format: doc.format,
      text: doc.text,
      title: m.title?.value ?? null,
      source_kind: m.source.value,
      agency: m.agency?.value ?? null,
      dateline_place: m.dateline?.place ?? null,
      published: m.published?.value ?? null,
      published_origin: m.published?.origin ?? null,
      updated: m.updated?.value ?? null,
      url: m.url?.value ?? null,
      meta_json: JSON.stringify(m),
      extractor_version: extractorVersion,
      first_run_id: firstRun,
      last_run_id: runId,
    });
    doc.paragraphs.forEach((p, i) => this.stmts.paragraph.run(doc.id, i, p.start, p.end, p.kind, p.rule));
    doc.sentences.forEach((s, i) => this.stmts.sentence.run(doc.id, i, s.paragraph, s.start, s.end));
  }

  private insertExtractions(docId: string, ex: Extractions): void {
    const dateIds = ex.dates.map((d, i) =>
      Number(this.stmts.date.run(docId, i, d.start, d.end, d.text, d.type, d.value, d.mod ?? null, d.rangeWith ?? null,
        json(d.known), json(d.inferred), d.rule, JSON.stringify(d)).lastInsertRowid),
    );
    const casualtyIds = ex.casualties.map((c, i) => {
      const id = Number(this.stmts.casualty.run(docId, i, c.start, c.end, c.text, c.count, c.low, c.high, c.qualifier, c.outcome,
        c.category, json(c.inferred), c.rule, JSON.stringify(c)).lastInsertRowid);
      for (const di of c.dates ?? []) if (dateIds[di] !== undefined) this.stmts.casualtyDate.run(id, dateIds[di]);
      return id;
    });
    const groupIds = ex.groups.map((g, i) =>
      Number(this.stmts.group.run(docId, i, g.start, g.end, g.text, g.id, g.name, g.type, g.match, json(g.inferred), g.rule,
        JSON.stringify(g)).lastInsertRowid),
    );
    ex.claims.forEach((c, i) => {
      const id = Number(this.stmts.claim.run(docId, i, c.start, c.end, c.text, c.kind, c.speaker?.start ?? null, c.speaker?.end ?? null,
        c.speaker?.text ?? null, c.speaker?.name ?? null, c.cue?.start ?? null, c.cue?.end ?? null, c.cue?.text ?? null,
        json(c.inferred), c.rule, JSON.stringify(c)).lastInsertRowid);
      for (const di of c.dates ?? []) if (dateIds[di] !== undefined) this.stmts.claimDate.run(id, dateIds[di]);
      for (const ci of c.casualties ?? []) if (casualtyIds[ci] !== undefined) this.stmts.claimCasualty.run(id, casualtyIds[ci]);
      for (const gi of c.groups ?? []) if (groupIds[gi] !== undefined) this.stmts.claimGroup.run(id, groupIds[gi]);
    });
  }
}
