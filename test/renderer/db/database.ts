import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
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
