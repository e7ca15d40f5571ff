import { rmSync } from 'node:fs';
import type { Page, Route } from 'playwright-core';
import { newProfileDir, withDefaults } from '../harness/app-handle';
import { HARNESS_ORIGIN } from '../harness/electron-stand-in';
import { launchChromium } from '../harness/launch-harness';

/**
 * The yardstick of the keystroke benchmark: the least a page could do between a keystroke and
 * its results — a search field whose input goes to a worker and back, and a line of text
 * naming the query — served from the same origin, in the same Chromium with the same flags.
 * Typed the same way in the same run as the app, what it takes is the machine's and the
 * frames' share of the app's figure; the rest is the app's own.
 */
const BASELINE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>keystroke baseline</title></head>
<body>
<div class="search-field"><input type="search" aria-busy="false"></div>
<p class="search-summary"></p>
<script>
const worker = new Worker(URL.createObjectURL(new Blob(
  ['onmessage = (event) => postMessage(event.data);'],
  { type: 'text/javascript' },
)));
const input = document.querySelector('input');
const summary = document.querySelector('.search-summary');
let latest = '';
input.addEventListener('input', () => {
  latest = input.value;
  input.setAttribute('aria-busy', 'true');
  worker.postMessage(latest);
});
worker.onmessage = (event) => {
  if (event.data !== latest) return;
  summary.textContent = 'Results for “' + event.data + '”';
  input.setAttribute('aria-busy', 'false');
};
</script></body></html>`;

/** Opens the baseline page in a fresh profile; `typeInto` types into it. */
export async function withKeystrokeBaseline<T>(chromiumPath: string, typeInto: (page: Page) => Promise<T>): Promise<T> {
  const profileDir = newProfileDir();
  const context = await launchChromium(chromiumPath, withDefaults({ profileDir, locale: 'en-GB' }));
  try {
    await context.route('**/*', (route: Route) =>
      route.request().url().startsWith(`${HARNESS_ORIGIN}/`)
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BASELINE_PAGE })
        : route.abort('blockedbyclient'),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${HARNESS_ORIGIN}/index.html`, { waitUntil: 'load' });
    return await typeInto(page);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
