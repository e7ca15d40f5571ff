import { describe, expect, it } from 'vitest';
import { importedDocument } from '../../../user-data-fixture';
import { databasesPerTest, userRowsOf } from '../database';
import { openDatabaseAtVersion, seedDatabaseAtVersion } from '../versioned-database';
import { personRowsVersion5 } from './person-rows';

describe('database version 7', () => {
  const keep = databasesPerTest();
  const data = { ...personRowsVersion5(), importedDocuments: [importedDocument()] };
  const seedVersion6 = (): Promise<string> =>
    seedDatabaseAtVersion(6, async (db) => {
      await db.table('notes').bulkAdd(data.notes);
      await db.table('bookmarks').bulkAdd(data.bookmarks);
      await db.table('settings').bulkAdd(data.settings);
      await db.table('importedDocuments').bulkAdd(data.importedDocuments);
    });

  it('leaves every row of a version 6 database as it was', async () => {
    const db = keep(openDatabaseAtVersion(await seedVersion6(), 7));
    expect(await userRowsOf(db)).toEqual(data);
  });

  it('keeps the indexes the app reads notes by, and only those', async () => {
    const db = keep(openDatabaseAtVersion(await seedVersion6(), 7));
    await db.open();
    const indexes = db.table('notes').schema.indexes.map((index) => index.name);
    expect(indexes.toSorted()).toEqual(['createdAt', 'tags', 'target.docId', 'updatedAt']);
    const note = data.notes[0]!;
    expect(await db.table('notes').where('target.docId').equals(note.target.docId).count()).toBeGreaterThan(0);
  });
});
