import type { Extractor } from '../../src/extractor.js';

// Placeholder; the real extractor replaces this file.
export const datesExtractor: Extractor<'dates'> = {
  name: 'dates',
  version: '0.0.0',
  extract: () => [],
};
