/**
 * The start-up phases the app marks for `npm run bench:startup`. Marks are recorded only when
 * the benchmark asks for them — main reads the `REPERES_BENCH=1` environment variable and then
 * opens the page with `?bench` — so an ordinary start pays one boolean test per phase and
 * nothing else; no behaviour depends on the flag.
 */
export const BENCH_ENV = 'REPERES_BENCH';
export const BENCH_QUERY = 'bench';

/** Every mark's name starts with this, in both processes' `performance` timelines. */
export const MARK_PREFIX = 'reperes:';

/** In the main process, in the order they happen. */
export const MAIN_PHASES = ['main-start', 'main-ready', 'window-created'] as const;
export type MainPhase = (typeof MAIN_PHASES)[number];

/** In the page, in the order they happen on a warm start. */
export const PAGE_PHASES = [
  'entry-evaluated',
  'ui-evaluated',
  'database-open',
  'manifest-answered',
  'first-query',
  'library-painted',
] as const;
export type PagePhase = (typeof PAGE_PHASES)[number];

export const markName = (phase: MainPhase | PagePhase): string => `${MARK_PREFIX}${phase}`;
