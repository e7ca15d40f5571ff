import { Dexie } from 'dexie';
import { DATABASE_VERSIONS } from '../../../renderer/src/db/versions/all-versions';
import { declareVersions } from '../../../renderer/src/db/versions/database-version';
import { ReperesDatabase } from '../../../renderer/src/db/schema';
import { IN_MEMORY_INDEXEDDB, uniqueDatabaseName } from './database';

/**
 * Databases as an earlier version of the app left them, to test each upgrade from the version
 * before it: the versions 1..n are declared from the same files the app declares them from.
 */

/** A database declared up to `version` (and opened there on first use). */
export function openDatabaseAtVersion(name: string, version: number): Dexie {
  if (!DATABASE_VERSIONS.some((declared) => declared.version === version)) {
    throw new Error(`no database version ${version}`);
  }
  const db = new Dexie(name, IN_MEMORY_INDEXEDDB);
  declareVersions(
    db,
    DATABASE_VERSIONS.filter((declared) => declared.version <= version),
  );
  return db;
}

/** Creates a database at `version`, lets the test fill it, closes it; returns its name. */
export async function seedDatabaseAtVersion(version: number, seed: (db: Dexie) => Promise<void>): Promise<string> {
  const name = uniqueDatabaseName(`v${version}`);
  const db = openDatabaseAtVersion(name, version);
  await db.open();
  await seed(db);
  db.close();
  return name;
}

/** Opens the app's own database on a seeded one, which upgrades it to the latest version. */
export async function openUpgraded(name: string): Promise<ReperesDatabase> {
  const db = new ReperesDatabase(name, IN_MEMORY_INDEXEDDB);
  await db.open();
  return db;
}
