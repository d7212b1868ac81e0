// One raw document through segmentation and the extractors, with every error turned into a reason.
// The in-process path and the worker threads share it, so both give the same items and messages.
import { buildDocument } from '../document/build.js';
import type { RawDocument } from '../document/raw.js';
import { runExtractors, type Extractions, type PipelineHooks } from '../pipeline.js';
import type { Registry } from '../registry.js';
import type { Document } from '../types.js';

export type DocResult = { ok: true; doc: Document; extractions: Extractions } | { ok: false; reason: string };

export function processDocument(raw: RawDocument, registry: Registry, hooks?: PipelineHooks): DocResult {
  let doc: Document;
  try {
    doc = buildDocument(raw);
  } catch (err) {
    return { ok: false, reason: `cannot segment: ${(err as Error).message}` };
  }
  try {
    return { ok: true, doc, extractions: runExtractors(doc, registry, hooks) };
  } catch (err) {
    return { ok: false, reason: `extraction failed: ${(err as Error).message}` };
  }
}
