// `npm run test:mutation`: mutation testing of the security-critical main-process modules
// with the main-process unit tests, and of the page-export parser (which reads what people
// import) with its unit tests. Too slow for `npm test`; see SECURITY.md for the security
// modules' score. `npx stryker run --mutate 'shared/parser/**/*.ts'` runs the parser alone (about
// 35 minutes on 2 cores: most of its mutants are in patterns and word lists built at load).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.mts', related: false },
  mutate: [
    'electron/main/security.ts',
    'electron/main/content-security-policy.ts',
    'electron/main/bundle-protocol.ts',
    'electron/main/session-policy.ts',
    'electron/main/ipc/registry.ts',
    'shared/parser/**/*.ts',
  ],
  // Stryker rewrites the tsconfig through TypeScript's JavaScript API, which TypeScript 7 no
  // longer has; a path that does not exist skips that step (the root tsconfig has no
  // `extends` or `references` for Stryker to follow).
  tsconfigFile: 'stryker-has-no-tsconfig.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
