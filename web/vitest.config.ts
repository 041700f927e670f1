import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests of the web app's pure helpers (formatting, routing). `npx vitest run -c web/vitest.config.ts` */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['web/src/**/*.test.ts'],
  },
});
