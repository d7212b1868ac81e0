// The default registry (like chrono's configuration list): the commands build it at the edge and pass
// it down. Order matters and is checked when it is built: each extractor's `needs` come earlier.
import { buildRegistry } from '../src/registry.js';
import type { ExtractionsOf } from '../src/extractor.js';
import { runExtractors, type PipelineHooks } from '../src/pipeline.js';
import type { Document } from '../src/types.js';
import { dates } from './dates/index.js';
import { groups } from './groups/index.js';
import { casualties } from './casualties/index.js';
import { claims } from './claims/index.js';

export const extractors = [dates, groups, casualties, claims] as const;

export const defaultRegistry = buildRegistry(extractors);

/** The typed extractions of the default registry: `{ dates: DateMention[], groups: …, … }`. */
export type Extractions = ExtractionsOf<typeof extractors>;

/** The default registry over one document, typed (for tests and scripts). */
export function extractAll(doc: Document, hooks?: PipelineHooks): Extractions {
  return runExtractors(doc, defaultRegistry, hooks) as unknown as Extractions;
}
