import { describe, expect, it } from 'vitest';
import { importedDocument } from '../../../user-data-fixture';
import { databasesPerTest, userRowsOf } from '../database';
import { openDatabaseAtVersion, seedDatabaseAtVersion } from '../versioned-database';
import { personRowsVersion5 } from './person-rows';

describe('database version 6', () => {
  const keep = databasesPerTest();
  const data = { ...personRowsVersion5() };

  it('adds an empty imported-documents table and leaves every row of a version 5 database as it was', async () => {
    const name = await seedDatabaseAtVersion(5, async (db) => {
      await db.table('notes').bulkAdd(data.notes);
      await db.table('bookmarks').bulkAdd(data.bookmarks);
      await db.table('settings').bulkAdd(data.settings);
    });
    const db = keep(openDatabaseAtVersion(name, 6));
    expect(await userRowsOf(db)).toEqual({ ...data, importedDocuments: [] });
  });

  it('finds an imported document by its content hash', async () => {
    const db = keep(openDatabaseAtVersion(await seedDatabaseAtVersion(5, async () => undefined), 6));
    const row = importedDocument();
    await db.table('importedDocuments').add(row);
    expect(await db.table('importedDocuments').where('contentHash').equals(row.contentHash).primaryKeys()).toEqual([
      row.id,
    ]);
  });
});
