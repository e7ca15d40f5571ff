import type { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { USER_TABLES } from '@shared/backup/tables';
import { ReperesDatabase } from '../../../renderer/src/db/schema';

/** The in-memory IndexedDB every database test runs on. */
export const IN_MEMORY_INDEXEDDB = { indexedDB, IDBKeyRange };

let counter = 0;

/** A name no other test uses. */
export function uniqueDatabaseName(purpose: string): string {
  counter += 1;
  return `reperes-${purpose}-${counter}`;
}

/** A fresh database on an in-memory IndexedDB, one per test. */
export function openTestDatabase(): ReperesDatabase {
  return new ReperesDatabase(uniqueDatabaseName('test'), IN_MEMORY_INDEXEDDB);
}

/**
 * For tests that open databases: gives the function that keeps track of one (returning it),
 * so that every database a test opened is closed and deleted after it, also when it failed.
 */
export function databasesPerTest(): <D extends Dexie>(db: D) => D {
  const opened: Dexie[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return (db) => {
    opened.push(db);
    return db;
  };
}

/** Every row of every user table, by table, as stored. */
export async function userRowsOf(db: Dexie): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  // A database of an older version lacks the user tables added since.
  const existing = new Set(db.tables.map((table) => table.name));
  for (const table of USER_TABLES.filter((name) => existing.has(name))) rows[table] = await db.table(table).toArray();
  return rows;
}
