import { describe, expect, it } from 'vitest';
import { NoteRowSchema } from '@shared/backup/user-rows';
import { personDataVersion2 } from '../../../user-data-fixture';
import { bookmarkFromVersion2, noteFromVersion2 } from '../../../../renderer/src/db/versions/v3';
import { noteFromVersion3 } from '../../../../renderer/src/db/versions/v5';
import { databasesPerTest, userRowsOf } from '../database';
import { openDatabaseAtVersion, openUpgraded, seedDatabaseAtVersion } from '../versioned-database';

const version2 = personDataVersion2();
const NOTES_V4 = version2.notes.map(noteFromVersion2);
const BOOKMARKS_V4 = version2.bookmarks.map(bookmarkFromVersion2);

describe('database version 5', () => {
  const keep = databasesPerTest();

  it('gives a version 4 note no colour, no tags, and an anchored state, every other field kept', () => {
    const [note] = NOTES_V4;
    expect(noteFromVersion3(note!)).toEqual({ ...note, colour: null, tags: [], anchorState: 'anchored' });
  });

  it('makes notes the user-row schema (and so a backup) accepts', () => {
    for (const note of NOTES_V4) expect(NoteRowSchema.safeParse(noteFromVersion3(note)).success).toBe(true);
  });

  it('upgrades a version 4 database: notes rewritten, bookmarks and settings as they were', async () => {
    const name = await seedDatabaseAtVersion(4, async (db) => {
      await db.table('notes').bulkAdd(NOTES_V4);
      await db.table('bookmarks').bulkAdd(BOOKMARKS_V4);
      await db.table('settings').bulkAdd(version2.settings);
    });
    const db = keep(await openUpgraded(name));
    expect(await userRowsOf(db)).toEqual({
      bookmarks: BOOKMARKS_V4,
      notes: NOTES_V4.map(noteFromVersion3),
      settings: version2.settings,
      importedDocuments: [],
    });
  });

  it('indexes notes by tag and by anchor state', async () => {
    const db = keep(openDatabaseAtVersion(await seedDatabaseAtVersion(4, async () => undefined), 5));
    const base = noteFromVersion3(NOTES_V4[0]!);
    await db.table('notes').bulkAdd([
      { ...base, id: 'a', tags: ['PCR', 'Sahel'] },
      { ...base, id: 'b', tags: ['Sahel'], anchorState: 'detached' },
      { ...base, id: 'c' },
    ]);
    expect((await db.table('notes').where('tags').equals('Sahel').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect(await db.table('notes').where('anchorState').equals('detached').primaryKeys()).toEqual(['b']);
  });
});
