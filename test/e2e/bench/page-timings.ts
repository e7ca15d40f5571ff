import type { Page } from 'playwright-core';
import { markName, MARK_PREFIX } from '@shared/startup/marks';

/**
 * What the start-up benchmark reads in a page once the library (or the baseline's stand-in
 * for it) is painted: the page's clock origin, its marks, when the library first appeared,
 * and the scripts it had loaded by then. The same for the app and the baseline.
 */

/** Records when the library first appears, in the page's own clock (ms since navigation). */
export const INTERACTIVE_OBSERVER = `(() => {
  const record = () => {
    if (document.querySelector('[data-testid="library"]') && !window.benchInteractiveAt) {
      Object.defineProperty(window, 'benchInteractiveAt', { value: performance.now() });
    }
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true });
})();`;

export interface PageTimings {
  /** The navigation's start on the wall clock (ms since the epoch). */
  navigationEpochMs: number;
  /** Each phase the page marked, in ms since navigation start, by phase name. */
  marks: Record<string, number>;
  /** When the library entered the DOM, ms since navigation start. */
  interactiveMs: number;
  /** The scripts whose response had arrived when the library was painted (their URLs). */
  scriptsBeforePaint: string[];
}

export async function pageTimings(page: Page): Promise<PageTimings> {
  const painted = markName('library-painted');
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, painted, { timeout: 30_000 });
  return page.evaluate(
    ([prefix, paintedName]) => {
      const paintedAt = performance.getEntriesByName(paintedName)[0]?.startTime ?? Number.POSITIVE_INFINITY;
      const marks = Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith(prefix))
          .map((mark) => [mark.name.slice(prefix.length), mark.startTime]),
      );
      const scriptsBeforePaint = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => /\.m?js$/u.test(new URL(entry.name).pathname) && entry.responseEnd <= paintedAt)
        .map((entry) => entry.name);
      return {
        navigationEpochMs: performance.timeOrigin,
        marks,
        interactiveMs: (window as unknown as { benchInteractiveAt: number }).benchInteractiveAt,
        scriptsBeforePaint,
      };
    },
    [MARK_PREFIX, painted] as const,
  );
}
