import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { err, ok, type Result } from '@shared/result';
import { engine as harnessEngine, launchApp } from '../harness/app-handle';
import { chromiumBinary } from '../harness/engine';
import { CHROMIUM_FLAGS } from '../harness/launch-harness';
import { projectRoot } from '../harness/paths';
import { waitForLibrary } from '../harness/fixtures';
import { runScript } from '../run-script';
import { BENCH_ORIGIN, bundleBenchPage, serveBenchPage } from './bench-page';
import { withKeystrokeBaseline } from './keystroke-baseline';
import { MAX_RUNS } from './options';
import { median, percentile, table, writeResults } from './report';
import type { EngineName, SearchBenchPage, SearchSample } from './search-page';
import { TIME_SHOWN, type Shown } from './time-shown';

/**
 * `npm run bench:search [-- --sizes bundled,1000,10000,50000] [--runs N] [--engines ours,flexsearch]`: our engine beside
 * FlexSearch on the same corpus and queries, in Chromium: index build, stored size, store
 * and load through IndexedDB, heap held, and query latency p50/p95/max per query class; then
 * the app itself in the harness, timing each keystroke to its results painted. Prints tables
 * and writes JSON to bench/results/. Measures; asserts nothing about time.
 */

const DATASET_FILE = join(projectRoot, 'resources', 'dataset', 'dataset.json');
const ENGINES: readonly EngineName[] = ['ours', 'flexsearch'];
const QUERY_REPEATS = 5;
type Size = number | 'bundled';

function parseOptions(argv: readonly string[]): Result<{ sizes: Size[]; runs: number; engines: EngineName[] }, string> {
  let values: { sizes?: string | undefined; runs?: string | undefined; engines?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { sizes: { type: 'string' }, runs: { type: 'string' }, engines: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return err((error as Error).message);
  }
  const sizes: Size[] = [];
  for (const part of (values.sizes ?? 'bundled,1000,10000,50000').split(',')) {
    if (part === 'bundled') sizes.push('bundled');
    else if (/^\d{1,6}$/u.test(part) && Number(part) >= 1 && Number(part) <= 100_000) sizes.push(Number(part));
    else return err(`--sizes takes "bundled" or document counts from 1 to 100000, separated by commas, not "${part}"`);
  }
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  if (!/^\d+$/u.test(values.runs ?? '3') || runs < 1 || runs > MAX_RUNS) {
    return err(`--runs must be a whole number from 1 to ${MAX_RUNS}, not "${values.runs}"`);
  }
  const engines: EngineName[] = [];
  for (const part of (values.engines ?? ENGINES.join(',')).split(',')) {
    if (!ENGINES.includes(part as EngineName)) return err(`--engines takes ${ENGINES.join(' and ')}, not "${part}"`);
    engines.push(part as EngineName);
  }
  return ok({ sizes, runs, engines });
}

const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const latency = (values: readonly number[]): string =>
  `${ms(percentile(values, 0.5))} / ${ms(percentile(values, 0.95))} / ${ms(Math.max(...values))}`;

async function engineSamples(
  sizes: readonly Size[],
  runs: number,
  engines: readonly EngineName[],
  chromiumPath: string,
) {
  const dataset = readFileSync(DATASET_FILE);
  const workDir = mkdtempSync(join(tmpdir(), 'reperes-bench-search-'));
  const script = await bundleBenchPage('search-page', workDir);
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    serviceWorkers: 'block',
  });
  const samples: Array<{ size: Size; engine: EngineName; runs: SearchSample[] }> = [];
  try {
    await context.route('**/*', (route) => serveBenchPage(route, 'search-page', script, dataset));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.waitForFunction(() => 'searchBench' in window);
    for (const size of sizes) {
      for (const engine of engines) {
        const entry = { size, engine, runs: [] as SearchSample[] };
        for (let run = 0; run < runs; run += 1) {
          process.stderr.write(`bench:search: ${engine} at ${size}, run ${run + 1} of ${runs}\n`);
          entry.runs.push(
            await page.evaluate(
              ([s, e, r]) => (window as unknown as { searchBench: SearchBenchPage }).searchBench.run(s, e, r),
              [size, engine, QUERY_REPEATS] as const,
            ),
          );
        }
        samples.push(entry);
      }
    }
  } finally {
    await context.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  return samples;
}

/**
 * Times, in the page, each keystroke in the search field: from its input event to the results
 * for the whole text typed on screen (the summary names the query and the field is no longer
 * busy), by `TIME_SHOWN`.
 */
const KEYSTROKE_OBSERVER = `(() => {
  ${TIME_SHOWN}
  const samples = [];
  Object.defineProperty(window, 'benchKeystrokes', { value: samples });
  document.addEventListener('input', (event) => {
    const typed = event.target.value.trim();
    if (typed === '') return;
    const ready = () =>
      (document.querySelector('.search-summary')?.textContent ?? '').includes(typed) &&
      document.querySelector('.search-field input')?.getAttribute('aria-busy') === 'false';
    timeShown(event.timeStamp, ready, (sample) => samples.push(sample));
  });
})()`;

/** Types each query of the benchmark into the page's search field; the keystrokes' samples. */
async function typeQueries(page: Page): Promise<Shown[]> {
  const field = page.locator('.search-field input');
  for (const phrase of ['Processus de Prague', 'missing migrants', 'coopération Sud-Sud', 'Vitorinno']) {
    await field.fill('');
    await field.pressSequentially(phrase, { delay: 120 });
    await page.waitForTimeout(300);
  }
  const samples = await page.evaluate(() => (window as unknown as { benchKeystrokes: Shown[] }).benchKeystrokes);
  // The first is the warm-up's (see below).
  return samples.slice(1);
}

/**
 * Each keystroke of a few queries, from the input event to its results on screen: in the app
 * (the bundled dataset), and in the yardstick page (`keystroke-baseline.ts`) typed just before
 * it, one launch of each per run (a launch is one draw of the machine's load).
 */
async function keystrokeSamples(chromiumPath: string, runs: number): Promise<{ app: Shown[]; baseline: Shown[] }> {
  const app: Shown[] = [];
  const baseline: Shown[] = [];
  for (let run = 0; run < runs; run += 1) {
    baseline.push(
      ...(await withKeystrokeBaseline(chromiumPath, async (page) => {
        await page.evaluate(KEYSTROKE_OBSERVER);
        await page.locator('.search-field input').fill('warm up');
        await page.locator('.search-summary', { hasText: 'warm up' }).waitFor();
        return typeQueries(page);
      })),
    );
    const launched = await launchApp({ locale: 'en-GB' });
    try {
      await waitForLibrary(launched.page);
      await launched.page.evaluate(KEYSTROKE_OBSERVER);
      // The first query waits for the worker to load the index: not a keystroke's cost.
      await launched.page.locator('.search-field input').fill('warm up');
      await launched.page.locator('.search-view[data-index-origin]').waitFor();
      app.push(...(await typeQueries(launched.page)));
    } finally {
      await launched.close();
    }
  }
  return { app, baseline };
}

const keystrokeLine = (values: number[]): string =>
  `p50 ${ms(percentile(values, 0.5))} ms, p95 ${ms(percentile(values, 0.95))} ms, max ${ms(Math.max(...values))} ms`;

function keystrokeReport(keystrokes: { app: Shown[]; baseline: Shown[] }, runs: number): string {
  const painted = (samples: Shown[]): number[] => samples.map((sample) => sample.painted);
  const ratio = (share: number): string =>
    (percentile(painted(keystrokes.app), share) / percentile(painted(keystrokes.baseline), share)).toFixed(2);
  return (
    `\nkeystrokes, ${runs} launch(es) of each page, the same queries typed at the same pace:\n` +
    `  the app (bundled dataset), ${keystrokes.app.length} keystrokes\n` +
    `    → results painted:            ${keystrokeLine(painted(keystrokes.app))}\n` +
    `    → the frame after that paint: ${keystrokeLine(keystrokes.app.map((sample) => sample.nextFrame))}\n` +
    `  yardstick page (field → worker → one line of text), ${keystrokes.baseline.length} keystrokes\n` +
    `    → text painted:               ${keystrokeLine(painted(keystrokes.baseline))}\n` +
    `  the app over the yardstick: p50 ×${ratio(0.5)}, p95 ×${ratio(0.95)}\n`
  );
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.ok) {
    process.stderr.write(`bench:search: ${options.error}\n`);
    return 2;
  }
  const chromiumPath = chromiumBinary();
  if (!chromiumPath || harnessEngine().kind === 'none') {
    process.stderr.write('bench:search: cannot run: no Chromium (set CHROMIUM_PATH or `apt-get install chromium`)\n');
    return 1;
  }
  if (!existsSync(DATASET_FILE) || !existsSync(join(projectRoot, 'out', 'renderer', 'index.html'))) {
    process.stderr.write('bench:search: cannot run: build the app first (`npm run build`)\n');
    return 1;
  }
  const { sizes, runs, engines } = options.value;
  const samples = await engineSamples(sizes, runs, engines, chromiumPath);
  const keystrokes = await keystrokeSamples(chromiumPath, runs);

  const queryClasses = Object.keys(samples[0]?.runs[0]?.queries ?? {});
  const header = [
    'size',
    'engine',
    'entries',
    'build ms',
    'stored MB',
    'store ms',
    'load ms',
    'memory MB',
    ...queryClasses.map((name) => `${name} p50/p95/max ms`),
  ];
  const rows = samples.map(({ size, engine, runs: samplesOfRun }) => {
    const med = (pick: (sample: SearchSample) => number): number => median(samplesOfRun.map(pick));
    return [
      size === 'bundled' ? 'bundled' : `${size} docs`,
      engine,
      String(samplesOfRun[0]?.entries ?? 0),
      ms(med((sample) => sample.buildMs)),
      (med((sample) => sample.serializedBytes) / 1024 / 1024).toFixed(2),
      ms(med((sample) => sample.storeMs)),
      ms(med((sample) => sample.loadMs)),
      med((sample) => sample.heapMB).toFixed(1),
      ...queryClasses.map((name) => latency(samplesOfRun.flatMap((sample) => sample.queries[name] ?? []))),
    ];
  });
  process.stdout.write(
    `search benchmark — ${chromiumPath}; medians of ${runs} run(s) for build/store/load/heap; ` +
      `query latencies over every run, each query ${QUERY_REPEATS} times\n` +
      `each synthetic document: 10 passages, French and English; "as you type" is every prefix of two phrases\n\n` +
      `${table([header, ...rows])}\n` +
      keystrokeReport(keystrokes, runs),
  );
  const file = writeResults('search', { chromium: chromiumPath, runs, sizes, samples, keystrokes });
  process.stdout.write(`\nresults written to ${file}\n`);
  return 0;
}

runScript('bench:search', main);
