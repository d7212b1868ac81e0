// The JSON contract of `communique extract` (see README "Output contract"). Field names here are a
// promise to outside scorers and CI jobs: fields may be added, never renamed. Key order is fixed so
// output is byte-identical across runs: document fields, then one array per extractor in registry order.
import type { Document } from '../types.js';
import type { Extractions } from '../pipeline.js';
import type { Registry } from '../registry.js';

export interface ContractOptions {
  withText?: boolean;
}

export function documentRecord(doc: Document, options: ContractOptions = {}) {
  const m = doc.meta;
  const record: Record<string, unknown> = {
    title: m.title?.value ?? null,
    subtitle: m.subtitle?.value ?? null,
    source: m.agency?.value.toLowerCase() ?? m.source.value,
    kind: { value: m.source.value, origin: m.source.origin },
    dateline: m.dateline
      ? { place: m.dateline.place, start: m.dateline.start, end: m.dateline.end, ...(m.dateline.date ? { date: m.dateline.date } : {}) }
      : null,
    published: m.published ?? null,
    updated: m.updated ?? null,
  };
  for (const key of ['author', 'url', 'language', 'siteName'] as const) if (m[key]) record[key] = m[key]?.value;
  if (options.withText) record.text = doc.text;
  return record;
}

export function contractRecord(doc: Document, ex: Extractions, registry: Registry, options: ContractOptions = {}) {
  const record: Record<string, unknown> = { id: doc.externalId ?? doc.id };
  if (doc.externalId !== undefined) record.docId = doc.id;
  if (doc.file !== undefined) record.file = doc.file;
  record.document = documentRecord(doc, options);
  for (const e of registry.extractors) record[e.name] = ex[e.name] ?? [];
  return record;
}
