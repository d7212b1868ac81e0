// Hand-written gold: one file per document, `{document, published, <extractor>: [items]…}`, strict.
// Each extractor's item schema comes from its descriptor (`gold.schema`); this module builds the
// document schema from a registry and holds the span shape every gold item shares.
import { z } from 'zod';
import type { Registry } from '../registry.js';

export const goldSpanShape = { start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) };
export const goldSpanSchema = z.object(goldSpanShape).strict();

export interface GoldDocument {
  /** Text file name, e.g. "001_a3086d6f6e2d555b.txt". */
  document: string;
  /** Publication date as a reader of the document would give it (ISO date), or null. */
  published: string | null;
  note?: string;
  /** Gold items per extractor name; a missing key = not annotated for that extractor (not scored). */
  items: Record<string, Array<{ start: number; end: number; text: string }>>;
}

export function goldDocumentSchema(registry: Registry) {
  const shape: Record<string, z.ZodType> = {
    document: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable(),
    note: z.string().optional(),
  };
  for (const ex of registry.extractors) if (ex.gold) shape[ex.name] = z.array(ex.gold.schema).optional();
  return z.object(shape).strict();
}

export function toGoldDocument(parsed: Record<string, unknown>, registry: Registry): GoldDocument {
  const items: GoldDocument['items'] = {};
  for (const ex of registry.extractors) if (parsed[ex.name] !== undefined) items[ex.name] = parsed[ex.name] as GoldDocument['items'][string];
  const doc: GoldDocument = { document: parsed.document as string, published: parsed.published as string | null, items };
  if (typeof parsed.note === 'string') doc.note = parsed.note;
  return doc;
}
