import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Stryker's own Vitest config (`npm run test:mutation`): its Vitest runner cannot pick one
// project of vitest.config.mts, so it gets the unit tests of the mutated modules alone: the
// main process's and the page-export parser's.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/electron/**/*.test.ts', 'test/shared/parser/**/*.test.ts'],
    environment: 'node',
  },
});
