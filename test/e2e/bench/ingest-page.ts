import type { Dataset } from '@shared/dataset/schema';
import { ingestDataset } from '../../../renderer/src/db/ingest';
import { ReperesDatabase } from '../../../renderer/src/db/schema';

/**
 * The page side of `npm run bench:ingest`, bundled for Chromium: the app's own database class
 * and ingest, run on the bundled dataset into a fresh database with the durability asked for.
 */

export type Durability = 'relaxed' | 'strict';

export interface IngestSample {
  /** `ingestDataset` alone, on an open, empty database. */
  ingestMs: number;
  /** Single-row saves, one transaction each, as saving a note will be. */
  singleSavesMs: number;
}

export interface IngestBenchPage {
  run(durability: Durability, databaseName: string, singleSaves: number): Promise<IngestSample>;
}

let dataset: Dataset | null = null;

async function run(durability: Durability, databaseName: string, singleSaves: number): Promise<IngestSample> {
  dataset ??= (await (await fetch('/dataset.json')).json()) as Dataset;
  const db = new ReperesDatabase(databaseName, { chromeTransactionDurability: durability });
  await db.open();
  const ingestStarted = performance.now();
  await ingestDataset(db, dataset);
  const ingestMs = performance.now() - ingestStarted;
  const savesStarted = performance.now();
  for (let save = 0; save < singleSaves; save += 1) {
    await db.settings.put({ key: 'language', value: save % 2 === 0 ? 'en' : 'fr' });
  }
  const singleSavesMs = performance.now() - savesStarted;
  // Every run starts from nothing.
  await db.delete();
  return { ingestMs, singleSavesMs };
}

(window as unknown as { ingestBench: IngestBenchPage }).ingestBench = { run };
