// `communique extract`: inputs → extractions on stdout, no database. JSONL follows the contract.
// Extraction runs on the same worker pool as ingest (--workers); output order is input order.
import { runBatch } from '../batch.js';
import { contractRecord } from '../output/contract.js';
import { renderDocument } from '../output/table.js';
import type { Registry } from '../registry.js';
import { poolOptions, readOptions, type InputFlags, type PoolFlags } from './options.js';

export type OutputFormat = 'table' | 'json' | 'jsonl';

export interface ExtractFlags extends InputFlags, PoolFlags {
  format: OutputFormat;
  withText: boolean;
}

/** Writes one record per input document in input order; returns the number of failed inputs. */
export async function extract(inputs: string[], flags: ExtractFlags, registry: Registry, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  let failures = 0;
  const all: unknown[] = [];
  for await (const item of runBatch(inputs, { ...readOptions(flags), ...poolOptions(flags, inputs), registry })) {
    if (!item.ok) {
      failures++;
      process.stderr.write(`communique: ${item.file}: ${item.reason}\n`);
      continue;
    }
    const record = contractRecord(item.doc, item.extractions, registry, { withText: flags.withText });
    if (flags.format === 'jsonl') out.write(`${JSON.stringify(record)}\n`);
    else if (flags.format === 'json') all.push(record);
    else out.write(`${renderDocument(item.doc, item.extractions, registry)}\n\n`);
  }
  if (flags.format === 'json') out.write(`${JSON.stringify(all.length === 1 ? all[0] : all, null, 2)}\n`);
  return failures;
}
