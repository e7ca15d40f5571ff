import { describe, expect, it } from 'vitest';
import { personData } from '../../../user-data-fixture';
import { databasesPerTest, userRowsOf } from '../database';
import { openUpgraded, seedDatabaseAtVersion } from '../versioned-database';

describe('database version 4', () => {
  const keep = databasesPerTest();

  it('adds an empty search index table and leaves every row of a version 3 database as it was', async () => {
    const data = personData();
    const name = await seedDatabaseAtVersion(3, async (db) => {
      await db.table('notes').bulkAdd(data.notes);
      await db.table('bookmarks').bulkAdd(data.bookmarks);
      await db.table('settings').bulkAdd(data.settings);
    });
    const db = keep(await openUpgraded(name));
    expect(await db.searchIndex.count()).toBe(0);
    expect(await userRowsOf(db)).toEqual({ notes: data.notes, bookmarks: data.bookmarks, settings: data.settings });
  });
});
