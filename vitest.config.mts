import { defineConfig } from 'vitest/config';

// Vitest's own config: electron.vite.config.ts describes the three bundles, not tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/specs/**/*.spec.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two cores: one browser at a time.
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
