import type { Extractor } from '../../src/extractor.js';

// Placeholder; the real extractor replaces this file.
export const claimsExtractor: Extractor<'claims'> = {
  name: 'claims',
  version: '0.0.0',
  extract: () => [],
};
