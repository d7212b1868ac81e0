// `communique export`: the whole database or chosen documents as the JSON contract (one JSONL file),
// TimeML (one .tml per document) or brat standoff (.txt + .ann per document, annotation.conf).
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Store, StoredDocument } from '../store/store.js';
import type { Registry } from '../registry.js';
import { contractRecord } from '../output/contract.js';
import { bratAnnotations, bratConfig } from '../output/export/brat.js';
import { timeml } from '../output/export/timeml.js';
import { QueryError } from '../query/types.js';

export type ExportFormat = 'jsonl' | 'timeml' | 'brat';

export interface ExportFlags {
  db: string;
  format: ExportFormat;
  out: string;
  document?: string[];
}

/** File-system-safe name of a document: its id (16 hex) is always safe. */
const fileName = (s: StoredDocument) => s.doc.id;

export async function exportCommand(flags: ExportFlags, store: Store, registry: Registry): Promise<{ documents: number; files: number }> {
  mkdirSync(flags.out, { recursive: true });
  let documents = 0;
  let files = 0;
  if (flags.format === 'jsonl') {
    const path = join(flags.out, 'documents.jsonl');
    const out = createWriteStream(path);
    for await (const s of store.exportDocuments(flags.document)) {
      if (!out.write(`${JSON.stringify(contractRecord(s.doc, s.extractions, registry, { withText: true }))}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      documents++;
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    return { documents, files: 1 };
  }
  const seen: StoredDocument[] = [];
  for await (const s of store.exportDocuments(flags.document)) {
    documents++;
    if (flags.format === 'timeml') {
      writeFileSync(join(flags.out, `${fileName(s)}.tml`), timeml(s.doc, s.extractions, registry));
      files++;
    } else if (flags.format === 'brat') {
      writeFileSync(join(flags.out, `${fileName(s)}.txt`), s.doc.text);
      writeFileSync(join(flags.out, `${fileName(s)}.ann`), bratAnnotations(s.doc, s.extractions, registry));
      seen.push({ ...s, doc: { ...s.doc, text: '' } });
      files += 2;
    } else {
      throw new QueryError(`--format: jsonl, timeml or brat`);
    }
  }
  if (flags.format === 'brat') {
    writeFileSync(join(flags.out, 'annotation.conf'), bratConfig(seen, registry));
    files++;
  }
  return { documents, files };
}
