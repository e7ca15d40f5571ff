import type { Route } from 'playwright-core';
import { markName } from '@shared/startup/marks';
import { withDefaults } from '../harness/app-handle';
import { HARNESS_ORIGIN } from '../harness/electron-stand-in';
import { waitForLibrary } from '../harness/fixtures';
import { launchChromium } from '../harness/launch-harness';
import { INTERACTIVE_OBSERVER, pageTimings, type PageTimings } from './page-timings';

/**
 * The start-up benchmark's yardstick: the least a page of the app could do — a blank page
 * whose one inline script opens an IndexedDB database (created on the first run, reopened on
 * the next), then shows one element and marks the frame painted — served from the same
 * origin, in the same Chromium with the same flags and the same kind of profile. Timed in
 * the same run as the app, it gives ratios that hold across machines where milliseconds do not.
 */
const BASELINE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>
<body><script>
const request = indexedDB.open('baseline', 1);
request.onupgradeneeded = () => request.result.createObjectStore('rows');
request.onsuccess = () => {
  const ready = document.createElement('p');
  ready.dataset.testid = 'library';
  ready.textContent = 'ready';
  document.body.append(ready);
  requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(markName('library-painted'))}), 0));
};
</script></body></html>`;

export interface BaselineSample {
  /** From the navigation being asked for to the element on screen, measured by the driver. */
  launchToReadyMs: number;
  page: PageTimings;
  /** Navigation start, the element in the DOM and painted, in ms since the launch began. */
  phases: Record<'navigation-start' | 'library-in-dom' | 'library-painted', number>;
}

/** One baseline start on a profile (fresh: the database is created; reused: it is reopened). */
export async function baselineSample(chromiumPath: string, profileDir: string): Promise<BaselineSample> {
  const context = await launchChromium(chromiumPath, withDefaults({ profileDir }));
  try {
    await context.route('**/*', (route: Route) =>
      route.request().url().startsWith(`${HARNESS_ORIGIN}/`)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BASELINE_PAGE })
        : route.abort('blockedbyclient'),
    );
    await context.addInitScript({ content: INTERACTIVE_OBSERVER });
    const page = context.pages()[0] ?? (await context.newPage());
    const started = performance.now();
    await page.goto(`${HARNESS_ORIGIN}/index.html`, { waitUntil: 'load' });
    await waitForLibrary(page);
    const launchToReadyMs = performance.now() - started;
    const timings = await pageTimings(page);
    const sinceLaunch = (ms: number): number => timings.navigationEpochMs + ms - (performance.timeOrigin + started);
    return {
      launchToReadyMs,
      page: timings,
      phases: {
        'navigation-start': sinceLaunch(0),
        'library-in-dom': sinceLaunch(timings.interactiveMs),
        'library-painted': sinceLaunch(timings.marks['library-painted'] ?? Number.NaN),
      },
    };
  } finally {
    await context.close();
  }
}
