import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { engine, launchApp, newProfileDir } from '../harness/app-handle';
import { waitForLibrary } from '../harness/fixtures';
import { outDir } from '../harness/paths';
import { parseBenchOptions } from './options';
import { median, table, writeResults } from './report';
import { runScript } from '../run-script';

/**
 * `npm run bench:startup [-- --runs N]`: time from launch to an interactive library on a
 * first run (ingest included) and a warm run, the renderer's JS heap once loaded, and the
 * renderer bundle sizes gzipped. Prints a table, writes JSON to bench/results/. Measures;
 * asserts nothing.
 */

// Records when the library first appears, in the page's own clock (ms since navigation).
const INTERACTIVE_OBSERVER = `(() => {
  const record = () => {
    if (document.querySelector('[data-testid="library"]') && !window.benchInteractiveAt) {
      Object.defineProperty(window, 'benchInteractiveAt', { value: performance.now() });
    }
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true });
})();`;

interface RunSample {
  /** From the main process starting to the library on screen, measured by the driver. */
  launchToInteractiveMs: number;
  /** From the page's navigation start to the library on screen, measured in the page. */
  navigationToInteractiveMs: number;
  jsHeapUsedKb: number;
}

async function heapUsedKb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return Math.round((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 1024);
}

async function sample(profileDir: string): Promise<RunSample> {
  const app = await launchApp({ profileDir, initScripts: [INTERACTIVE_OBSERVER] });
  await waitForLibrary(app.page);
  const interactiveAt = performance.now();
  const navigationToInteractiveMs = await app.page.evaluate(
    () => (window as unknown as { benchInteractiveAt: number }).benchInteractiveAt,
  );
  const jsHeapUsedKb = await heapUsedKb(app.page);
  await app.close();
  return { launchToInteractiveMs: interactiveAt - app.launchedAt, navigationToInteractiveMs, jsHeapUsedKb };
}

function bundleSizes(): Array<{ file: string; bytes: number; gzipBytes: number }> {
  const assets = join(outDir, 'renderer', 'assets');
  return readdirSync(assets)
    .filter((file) => /\.(js|css)$/u.test(file))
    .sort()
    .map((file) => {
      const content = readFileSync(join(assets, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (!options.ok) {
    process.stderr.write(`bench:startup: ${options.error}\n`);
    return 2;
  }
  const selected = engine();
  if (selected.kind === 'none') {
    process.stderr.write(`bench:startup: cannot run: ${selected.reason}\n`);
    return 1;
  }
  const first: RunSample[] = [];
  const warm: RunSample[] = [];
  for (let run = 0; run < options.value.runs; run += 1) {
    const profileDir = newProfileDir();
    first.push(await sample(profileDir));
    warm.push(await sample(profileDir));
  }
  const bundles = bundleSizes();
  const jsGzip = bundles
    .filter((bundle) => bundle.file.endsWith('.js'))
    .reduce((sum, bundle) => sum + bundle.gzipBytes, 0);
  const cssGzip = bundles
    .filter((bundle) => bundle.file.endsWith('.css'))
    .reduce((sum, bundle) => sum + bundle.gzipBytes, 0);

  const row = (label: string, values: number[], unit: string, target: string): string[] => [
    label,
    `${Math.round(median(values))} ${unit}`,
    `${Math.round(Math.min(...values))} ${unit}`,
    `${Math.round(Math.max(...values))} ${unit}`,
    target,
  ];
  const measures: Array<Parameters<typeof row>> = [
    ['first run: launch → library interactive', first.map((s) => s.launchToInteractiveMs), 'ms', '≤ 800 ms'],
    ['first run: navigation → library (in page)', first.map((s) => s.navigationToInteractiveMs), 'ms', ''],
    ['warm run: launch → library interactive', warm.map((s) => s.launchToInteractiveMs), 'ms', '≤ 400 ms'],
    ['warm run: navigation → library (in page)', warm.map((s) => s.navigationToInteractiveMs), 'ms', ''],
    ['renderer JS heap after load (warm)', warm.map((s) => s.jsHeapUsedKb), 'KB', ''],
  ];
  const rows = [
    ['measure', 'median', 'min', 'max', 'target'],
    ...measures.map((measure) => row(...measure)),
    ['renderer JS, gzipped', `${(jsGzip / 1024).toFixed(1)} KB`, '', '', '≤ 350 KB'],
    ['renderer CSS, gzipped', `${(cssGzip / 1024).toFixed(1)} KB`, '', '', ''],
  ];
  process.stdout.write(
    `start-up benchmark — ${selected.kind === 'electron' ? 'Electron' : `harness (${selected.chromiumPath})`}, ${options.value.runs} run(s) each\n\n${table(rows)}\n`,
  );

  const file = writeResults('startup', {
    engine: selected.kind,
    runs: options.value.runs,
    first,
    warm,
    bundles,
    jsGzipBytes: jsGzip,
    cssGzipBytes: cssGzip,
  });
  process.stdout.write(`\nresults written to ${file}\n`);
  return 0;
}

runScript('bench:startup', main);
