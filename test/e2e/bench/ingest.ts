import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumBinary } from '../harness/engine';
import { CHROMIUM_FLAGS } from '../harness/launch-harness';
import { projectRoot } from '../harness/paths';
import { BENCH_ORIGIN, bundleBenchPage, serveBenchPage } from './bench-page';
import { parseBenchOptions } from './options';
import { median, table, writeResults } from './report';
import type { Durability, IngestBenchPage, IngestSample } from './ingest-page';
import { runScript } from '../run-script';

/**
 * `npm run bench:ingest [-- --runs N]`: the app's real `ingestDataset` on the bundled dataset,
 * into a fresh on-disk database in Chromium, with Chromium's default durability ("relaxed")
 * and with the "strict" the app now asks for, alternating so that machine noise hits both.
 * Also times single-row saves, one transaction each, where durability costs most. Prints a
 * table of medians and the strict/relaxed ratio, writes JSON to bench/results/. Measures;
 * asserts nothing.
 */

const DATASET_FILE = join(projectRoot, 'resources', 'dataset', 'dataset.json');
const SINGLE_SAVES = 20;
const DURABILITIES: readonly Durability[] = ['relaxed', 'strict'];

function runInPage(page: Page, durability: Durability, databaseName: string): Promise<IngestSample> {
  return page.evaluate(
    ([mode, name, saves]) => (window as unknown as { ingestBench: IngestBenchPage }).ingestBench.run(mode, name, saves),
    [durability, databaseName, SINGLE_SAVES] as const,
  );
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2), { defaultRuns: 7 });
  if (!options.ok) {
    process.stderr.write(`bench:ingest: ${options.error}\n`);
    return 2;
  }
  const chromiumPath = chromiumBinary();
  if (!chromiumPath) {
    process.stderr.write('bench:ingest: cannot run: no Chromium (set CHROMIUM_PATH or `apt-get install chromium`)\n');
    return 1;
  }
  if (!existsSync(DATASET_FILE)) {
    process.stderr.write('bench:ingest: cannot run: no bundled dataset (run `npm run dataset` first)\n');
    return 1;
  }
  const dataset = readFileSync(DATASET_FILE);
  const workDir = mkdtempSync(join(tmpdir(), 'reperes-bench-ingest-'));
  const script = await bundleBenchPage('ingest-page', workDir);
  // A persistent profile: an incognito context keeps IndexedDB in memory, where durability means nothing.
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    serviceWorkers: 'block',
  });
  const samples: Record<Durability, IngestSample[]> = { relaxed: [], strict: [] };
  try {
    await context.route('**/*', (route) => serveBenchPage(route, 'ingest-page', script, dataset));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.waitForFunction(() => 'ingestBench' in window);
    // One pair first, not counted: the JIT, the dataset's fetch and the disk cache warm up.
    for (const durability of DURABILITIES) await runInPage(page, durability, `warm-up-${durability}`);
    for (let run = 0; run < options.value.runs; run += 1) {
      const order = run % 2 === 0 ? DURABILITIES : [...DURABILITIES].reverse();
      for (const durability of order) {
        samples[durability].push(await runInPage(page, durability, `run-${run}-${durability}`));
      }
    }
  } finally {
    await context.close();
    rmSync(workDir, { recursive: true, force: true });
  }

  const cell = (values: number[]): string =>
    `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
  const row = (label: string, measure: (sample: IngestSample) => number): string[] => {
    const relaxed = samples.relaxed.map(measure);
    const strict = samples.strict.map(measure);
    return [label, cell(relaxed), cell(strict), `${(median(strict) / median(relaxed)).toFixed(2)}×`];
  };
  const documents = (JSON.parse(dataset.toString('utf8')) as { documents: Array<{ blocks: unknown[] }> }).documents;
  const blockCount = documents.reduce((sum, document) => sum + document.blocks.length, 0);
  const rows = [
    ['measure', 'relaxed: median (min–max)', 'strict: median (min–max)', 'strict / relaxed'],
    row(`ingest (${documents.length} documents, ${blockCount} blocks)`, (sample) => sample.ingestMs),
    row(`${SINGLE_SAVES} single-row saves, one transaction each`, (sample) => sample.singleSavesMs),
  ];
  process.stdout.write(
    `ingest benchmark — ${chromiumPath}, ${options.value.runs} run(s) of each durability, alternating, after one warm-up pair\n` +
      `dataset ${(dataset.length / 1024).toFixed(0)} KB; "relaxed" is Chromium's default, "strict" what the app asks for\n\n` +
      `${table(rows)}\n`,
  );

  const file = writeResults('ingest', {
    chromium: chromiumPath,
    runs: options.value.runs,
    singleSaves: SINGLE_SAVES,
    datasetBytes: dataset.length,
    samples,
  });
  process.stdout.write(`\nresults written to ${file}\n`);
  return 0;
}

runScript('bench:ingest', main);
