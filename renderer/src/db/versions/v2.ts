import type { Transaction } from 'dexie';
import type { DatasetMetaRow } from '../schema';
import type { DatabaseVersion } from './database-version';

/**
 * Version 2 adds the English edition to content rows and the glossary table. Content stored
 * by version 1 has neither, so its recorded dataset version is dropped: the next start
 * ingests the bundled dataset again. User tables are not touched.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
  const rows = (await transaction.table('datasetMeta').toArray()) as DatasetMetaRow[];
  await transaction.table('datasetMeta').bulkDelete(datasetMetaKeysToForget(rows));
}

/** Which recorded dataset versions a content-format change invalidates: all of them. Pure. */
export function datasetMetaKeysToForget(rows: readonly DatasetMetaRow[]): Array<DatasetMetaRow['key']> {
  return rows.map((row) => row.key);
}

export const VERSION_2 = {
  version: 2,
  stores: { glossary: 'id' },
  upgrade: upgradeToVersion2,
} as const satisfies DatabaseVersion;
