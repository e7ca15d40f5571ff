import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dataset } from '@shared/dataset/schema';
import { datasetVersionOf } from '@shared/dataset/version';
import { I18N_RESOURCES } from '@shared/i18n/resources';
import { artifactsDir, outDir, projectRoot } from './paths';

/** The dataset the built app bundles. */
export function bundledDataset(): Dataset {
  return JSON.parse(readFileSync(join(projectRoot, 'resources', 'dataset', 'dataset.json'), 'utf8')) as Dataset;
}

/** The interface languages the specs run in, with the system locale that selects each. */
export const INTERFACE_LANGUAGES = [
  { language: 'fr', locale: 'fr-FR', catalogue: I18N_RESOURCES.fr.common },
  { language: 'en', locale: 'en-GB', catalogue: I18N_RESOURCES.en.common },
] as const;

/** A document's title as the app shows it when reading in a language (French where there is no English). */
export function titleIn(document: Dataset['documents'][number], language: 'fr' | 'en'): string {
  return language === 'en' ? (document.english?.title?.text ?? document.title.text) : document.title.text;
}

export async function waitForLibrary(page: Page): Promise<void> {
  await page.getByTestId('library').waitFor({ timeout: 30_000 });
}

/** Navigates inside the app as a link would (hash routes), whatever the engine's origin. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

export async function openDocument(page: Page, id: string, blockId?: string): Promise<void> {
  await goTo(page, blockId ? `#/read/${id}/${blockId}` : `#/read/${id}`);
  // The document itself, not the one shown before it: its body under an article naming it.
  await page.locator(`.reader[data-document-id="${id}"] .document-body`).first().waitFor();
  await page.waitForFunction((expected) => window.location.hash.startsWith(expected), `#/read/${id}`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Records, from before the app's first script, whether the ingest progress bar ever showed
 * and whether it went away: `window.e2eIngestObservation`. A test observer, not part of the app.
 */
export const INGEST_OBSERVER = `(() => {
  const state = { seen: false, maxValue: 0, gone: false };
  Object.defineProperty(window, 'e2eIngestObservation', { value: state });
  const check = () => {
    const bar = document.querySelector('[data-testid="ingest-progress"]');
    if (bar) {
      state.seen = true;
      state.maxValue = Math.max(state.maxValue, Number(bar.getAttribute('value') ?? 0));
    } else if (state.seen) {
      state.gone = true;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export async function ingestObservation(page: Page): Promise<{ seen: boolean; maxValue: number; gone: boolean }> {
  return page.evaluate(
    () =>
      (window as unknown as { e2eIngestObservation: { seen: boolean; maxValue: number; gone: boolean } })
        .e2eIngestObservation,
  );
}

/** Reads every row of one of the app's IndexedDB stores, as the app stored it. */
export async function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Writes rows into one of the app's user stores, past Dexie (see `seedRows`). */
export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ([name, values]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reperes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction(name as string, 'readwrite');
          for (const value of values as unknown[]) transaction.objectStore(name as string).put(value);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [store, rows] as const,
  );
}

/**
 * A person's note as a profile stores it: on a passage of `docId` (`blockId`), or on the whole
 * document (null); in French, anchored, quoting nothing. `fields` override any of it.
 */
export const noteRow = (
  id: string,
  docId: string,
  blockId: string | null,
  fields: Record<string, unknown> = {},
): Record<string, unknown> => ({
  id,
  target: { docId, blockId, itemId: null, language: 'fr' },
  quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
  position: null,
  body: '',
  colour: null,
  tags: [],
  anchorState: 'anchored',
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

/**
 * Writes rows past Dexie, then reloads on the library so the app reads them afresh: a write
 * past Dexie tells no one, and the search worker, started when the page is first idle, may
 * have read the tables before it (it would then never index the rows).
 */
export async function seedRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await putRows(page, store, rows);
  await goTo(page, '#/');
  await page.reload();
  await waitForLibrary(page);
}

export const seedNotes = (page: Page, notes: unknown[]): Promise<void> => seedRows(page, 'notes', notes);

/**
 * A copy of the app folder whose bundled dataset is changed by `change`: what a new release
 * of the app would ship. The bundles are the real ones (linked).
 */
export function appCopyWithDataset(change: (dataset: Dataset) => Dataset, options: { rehash?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-app-'));
  writeFileSync(join(dir, 'package.json'), readFileSync(join(projectRoot, 'package.json')));
  symlinkSync(outDir, join(dir, 'out'), 'dir');
  mkdirSync(join(dir, 'resources', 'dataset'), { recursive: true });
  writeFileSync(
    join(dir, 'resources', 'dataset', 'dataset.json'),
    `${JSON.stringify(withVersion(change(bundledDataset()), options.rehash ?? true), null, 2)}\n`,
  );
  return dir;
}

/** A new dataset carries the hash of its content, as `npm run dataset` writes it; a tampered one does not. */
function withVersion(dataset: Dataset, rehash: boolean): Dataset {
  if (!rehash) return dataset;
  const { version: _stale, ...content } = dataset;
  return { ...dataset, version: datasetVersionOf(content) };
}

const requireFromHere = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Runs axe-core in the page (evaluated by the driver, so the app's CSP does not apply to it)
 * and returns the serious and critical violations.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(requireFromHere.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
