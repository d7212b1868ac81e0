import type { Extractor } from '../../src/extractor.js';

// Placeholder; the real extractor replaces this file.
export const groupsExtractor: Extractor<'groups'> = {
  name: 'groups',
  version: '0.0.0',
  extract: () => [],
};
