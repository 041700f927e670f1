import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: the real server in-process and Debian's Chromium via playwright-core. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
