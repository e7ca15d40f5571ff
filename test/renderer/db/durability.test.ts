import { describe, expect, it } from 'vitest';
import { ReperesDatabase } from '../../../renderer/src/db/schema';
import { IN_MEMORY_INDEXEDDB, databasesPerTest, uniqueDatabaseName } from './database';
import { recordDbCore } from './dbcore-recorder';

describe('database durability', () => {
  const keep = databasesPerTest();

  it('asks for strict durability on every transaction', async () => {
    const db = keep(new ReperesDatabase(uniqueDatabaseName('durability'), IN_MEMORY_INDEXEDDB));
    const { transactions } = recordDbCore(db);
    await db.settings.put({ key: 'language', value: 'fr' });
    await db.transaction('rw', [db.notes, db.bookmarks], async () => {
      await db.bookmarks.clear();
    });
    await db.documents.toArray();
    expect(transactions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(transactions.map((transaction) => transaction.durability))).toEqual(new Set(['strict']));
  });

  it('keeps the options it is given, merged over that default', async () => {
    const db = keep(
      new ReperesDatabase(uniqueDatabaseName('durability'), {
        ...IN_MEMORY_INDEXEDDB,
        chromeTransactionDurability: 'relaxed',
      }),
    );
    const { transactions } = recordDbCore(db);
    await db.settings.put({ key: 'language', value: 'fr' });
    expect(transactions.map((transaction) => transaction.durability)).toEqual(['relaxed']);
  });
});
