import { BENCH_QUERY, markName, type PagePhase } from '@shared/startup/marks';

// Main opens the page with `?bench` only under `npm run bench:startup` (see @shared/startup/marks).
const benchmarking = new URLSearchParams(window.location.search).has(BENCH_QUERY);
const marked = new Set<PagePhase>();

/** Marks a start-up phase once in the page's `performance` timeline, only when benchmarked. */
export function markStartup(phase: PagePhase): void {
  if (!benchmarking || marked.has(phase)) return;
  marked.add(phase);
  performance.mark(markName(phase));
}

/** Marks a phase once the frame now being prepared has been painted (after the next frame starts). */
export function markAfterPaint(phase: PagePhase): void {
  if (benchmarking && !marked.has(phase)) requestAnimationFrame(() => setTimeout(() => markStartup(phase), 0));
}
