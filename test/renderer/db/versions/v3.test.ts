import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { databasesPerTest } from '../database';
import { personDataVersion2 } from '../../../user-data-fixture';
import { BookmarkRowSchema, NoteRowSchema } from '@shared/backup/user-rows';
import { bookmarkFromVersion2, noteFromVersion2 } from '../../../../renderer/src/db/versions/v3';
import { noteFromVersion3 } from '../../../../renderer/src/db/versions/v5';
import { openDatabaseAtVersion, seedDatabaseAtVersion } from '../versioned-database';

const { notes: NOTES_V2, bookmarks: BOOKMARKS_V2, settings: SETTINGS } = personDataVersion2();

async function seedVersion2(db: Dexie): Promise<void> {
  await db.table('notes').bulkAdd(NOTES_V2);
  await db.table('bookmarks').bulkAdd(BOOKMARKS_V2);
  await db.table('settings').bulkAdd(SETTINGS);
  await db.table('documents').add({ id: 'about-iom', order: 0 });
}

describe('database version 3', () => {
  const keep = databasesPerTest();

  it('anchors a version 2 note: its quote becomes the exact text, its passage the target, read in French', () => {
    expect(noteFromVersion2(NOTES_V2[0]!)).toEqual({
      id: 'n1',
      target: { docId: 'regional-consultative-processes', blockId: 'p-dc4f13e7', itemId: null, language: 'fr' },
      quote: { type: 'TextQuoteSelector', exact: 'dialogues régionaux', prefix: '', suffix: '' },
      position: null,
      body: 'À relire — « PCR »',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_500_000,
    });
  });

  it('gives a version 2 bookmark its passage as target and no label', () => {
    expect(bookmarkFromVersion2(BOOKMARKS_V2[0]!)).toEqual({
      id: 'b1',
      target: { docId: 'regional-consultative-processes', blockId: 'p-dc4f13e7', itemId: null },
      label: null,
      createdAt: 3,
    });
  });

  it('loses no field: every version 2 value can be read back from the new row', () => {
    const notesReadBack = NOTES_V2.map(noteFromVersion2).map(({ target, quote, position: _none, ...rest }) => ({
      ...rest,
      docId: target.docId,
      blockId: target.blockId,
      quote: quote.exact,
    }));
    expect(notesReadBack).toEqual(NOTES_V2);
    const bookmarksReadBack = BOOKMARKS_V2.map(bookmarkFromVersion2).map(({ target, label: _none, ...rest }) => ({
      ...rest,
      docId: target.docId,
      blockId: target.blockId,
    }));
    expect(bookmarksReadBack).toEqual(BOOKMARKS_V2);
  });

  it('makes rows that, once version 5 colours and tags them, the user-row schemas (and so a backup) accept', () => {
    for (const note of NOTES_V2) {
      expect(NoteRowSchema.safeParse(noteFromVersion3(noteFromVersion2(note))).success).toBe(true);
    }
    for (const bookmark of BOOKMARKS_V2) {
      expect(BookmarkRowSchema.safeParse(bookmarkFromVersion2(bookmark)).success).toBe(true);
    }
  });

  it('upgrades a version 2 database: notes and bookmarks anchored, settings and content as they were', async () => {
    const db = keep(openDatabaseAtVersion(await seedDatabaseAtVersion(2, seedVersion2), 3));
    expect(await db.table('notes').toArray()).toEqual(NOTES_V2.map(noteFromVersion2));
    expect(await db.table('bookmarks').toArray()).toEqual(BOOKMARKS_V2.map(bookmarkFromVersion2));
    expect(await db.table('settings').toArray()).toEqual(SETTINGS);
    expect(await db.table('documents').toArray()).toEqual([{ id: 'about-iom', order: 0 }]);
  });

  it('indexes notes by document, by passage and by last change, and bookmarks by document and passage', async () => {
    const db = keep(openDatabaseAtVersion(await seedDatabaseAtVersion(2, seedVersion2), 3));
    const passage = (docId: string, blockId: string): [string, string] => [docId, blockId];
    const byPassage = '[target.docId+target.blockId]';
    const inDocument = await db
      .table('notes')
      .where('target.docId')
      .equals('regional-consultative-processes')
      .primaryKeys();
    expect(inDocument.sort()).toEqual(['n1', 'n2']);
    const onQuote = passage('regional-consultative-processes', 'q-9d35987a');
    expect(await db.table('notes').where(byPassage).equals(onQuote).primaryKeys()).toEqual(['n2']);
    expect(await db.table('notes').orderBy('updatedAt').reverse().primaryKeys()).toEqual(['n1', 'n3', 'n2']);
    expect(await db.table('bookmarks').where('target.docId').equals('about-iom').primaryKeys()).toEqual(['b2']);
    const onParagraph = passage('regional-consultative-processes', 'p-dc4f13e7');
    expect(await db.table('bookmarks').where(byPassage).equals(onParagraph).primaryKeys()).toEqual(['b1']);
  });
});
