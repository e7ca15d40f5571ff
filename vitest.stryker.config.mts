import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Stryker's own Vitest config (`npm run test:mutation`): its Vitest runner cannot pick one
// project of vitest.config.mts, so it gets the main-process unit tests alone.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/electron/**/*.test.ts'],
    environment: 'node',
  },
});
