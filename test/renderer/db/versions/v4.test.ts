import { describe, expect, it } from 'vitest';
import { personDataVersion2 } from '../../../user-data-fixture';
import { bookmarkFromVersion2, noteFromVersion2 } from '../../../../renderer/src/db/versions/v3';
import { databasesPerTest, userRowsOf } from '../database';
import { openDatabaseAtVersion, seedDatabaseAtVersion } from '../versioned-database';

describe('database version 4', () => {
  const keep = databasesPerTest();

  it('adds an empty search index table and leaves every row of a version 3 database as it was', async () => {
    const version2 = personDataVersion2();
    const data = {
      notes: version2.notes.map(noteFromVersion2),
      bookmarks: version2.bookmarks.map(bookmarkFromVersion2),
      settings: version2.settings,
    };
    const name = await seedDatabaseAtVersion(3, async (db) => {
      await db.table('notes').bulkAdd(data.notes);
      await db.table('bookmarks').bulkAdd(data.bookmarks);
      await db.table('settings').bulkAdd(data.settings);
    });
    const db = keep(openDatabaseAtVersion(name, 4));
    expect(await db.table('searchIndex').count()).toBe(0);
    expect(await userRowsOf(db)).toEqual({ notes: data.notes, bookmarks: data.bookmarks, settings: data.settings });
  });
});
