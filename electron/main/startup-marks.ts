import { BENCH_ENV, BENCH_QUERY, markName, type MainPhase } from '@shared/startup/marks';

// Read once: the benchmark sets the variable before it starts the app.
const benchmarking = process.env[BENCH_ENV] === '1';

/** Marks a start-up phase in main's `performance` timeline, only when benchmarked. */
export function markStartup(phase: MainPhase): void {
  if (benchmarking) performance.mark(markName(phase));
}

/** The page's address, with `?bench` when benchmarked so that the page records its marks too. */
export function withBenchFlag(url: string): string {
  return benchmarking ? `${url}?${BENCH_QUERY}` : url;
}
