import type { Extractor } from '../../src/extractor.js';

// Placeholder; the real extractor replaces this file.
export const casualtiesExtractor: Extractor<'casualties'> = {
  name: 'casualties',
  version: '0.0.0',
  extract: () => [],
};
