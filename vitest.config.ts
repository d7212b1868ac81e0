import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'extractors/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
