import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Vitest's own config: electron.vite.config.ts describes the three bundles, not tests.
export default defineConfig({
  // The same alias as tsconfig.json's `paths`; every project below extends this root.
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/content/**'],
          environment: 'node',
        },
      },
      {
        // Checks of the bundled content itself (every English pair, glossary coverage), not
        // of the code: their count says how much content was checked.
        extends: true,
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
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
