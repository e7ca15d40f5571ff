import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { ReperesDatabase } from '../../../renderer/src/db/schema';

let counter = 0;

/** A fresh database on an in-memory IndexedDB, one per test. */
export function openTestDatabase(): ReperesDatabase {
  counter += 1;
  return new ReperesDatabase(`reperes-test-${counter}`, { indexedDB, IDBKeyRange });
}
