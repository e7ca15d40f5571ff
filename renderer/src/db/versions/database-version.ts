import type { Dexie, Transaction } from 'dexie';

/**
 * One version of the offline store, in its own file: the tables it adds or changes (Dexie's
 * store syntax; `null` deletes a table) and, when rows must change shape, the upgrade that
 * does it. The upgrade reads and writes through the transaction only and leaves the work to
 * named, exported, pure functions, each tested from the version before.
 */
export interface DatabaseVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/** Declares versions on a database, in order: the app's database and the tests' both use it. */
export function declareVersions(db: Dexie, versions: readonly DatabaseVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
