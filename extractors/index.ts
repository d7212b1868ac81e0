// The one ordered registry (like chrono's configuration list). Order matters and is checked:
// each extractor's `needs` must appear before it (see src/pipeline.ts).
import type { Extractor } from '../src/extractor.js';
import { datesExtractor } from './dates/extractor.js';
import { groupsExtractor } from './groups/extractor.js';
import { casualtiesExtractor } from './casualties/extractor.js';
import { claimsExtractor } from './claims/extractor.js';

export const registry: readonly Extractor[] = [datesExtractor, groupsExtractor, casualtiesExtractor, claimsExtractor];
