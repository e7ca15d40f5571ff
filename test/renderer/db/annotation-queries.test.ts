import { describe, expect, it } from 'vitest';
import { NoteRowSchema } from '@shared/backup/user-rows';
import {
  addNote,
  allBookmarks,
  allNotes,
  allTags,
  deleteNote,
  notesOfDocument,
  restoreNote,
  toggleBookmark,
  updateNote,
} from '../../../renderer/src/db/annotation-queries';
import type { ReperesDatabase } from '../../../renderer/src/db/schema';
import { databasesPerTest, openTestDatabase } from './database';

const target = { docId: 'about-iom', blockId: 'p-3a8ebd50', itemId: null, language: 'fr' as const };
const quote = { type: 'TextQuoteSelector' as const, exact: 'OIM', prefix: "L'", suffix: ' est' };
const position = { type: 'TextPositionSelector' as const, start: 2, end: 5 };

/** A database holding 601 notes: one made, and 600 copies of it under other ids. */
async function withManyNotes(db: ReperesDatabase): Promise<ReperesDatabase> {
  const made = await addNote(db, { target, quote, position, colour: null }, 10);
  await db.notes.bulkPut(
    Array.from({ length: 600 }, (_unused, index) => ({ ...made, id: `n-${String(index).padStart(4, '0')}` })),
  );
  return db;
}

describe('annotation queries', () => {
  const keep = databasesPerTest();

  it('make a highlight a valid note row, anchored, with no body or tags', async () => {
    const db = keep(openTestDatabase());
    const note = await addNote(db, { target, quote, position, colour: 'green' }, 10);
    expect(NoteRowSchema.parse(note)).toEqual(note);
    expect(await notesOfDocument(db, 'about-iom')).toEqual([note]);
  });

  it('stamp every change and list tags once, in reading order', async () => {
    const db = keep(openTestDatabase());
    const first = await addNote(db, { target, quote, position, colour: null }, 10);
    const second = await addNote(db, { target, quote, position, colour: null }, 11);
    await updateNote(db, first.id, { body: 'À voir', tags: ['Sahel', 'PCR'] }, 20);
    await updateNote(db, second.id, { tags: ['PCR', 'asile'] }, 21);
    expect(await db.notes.get(first.id)).toMatchObject({ body: 'À voir', updatedAt: 20, createdAt: 10 });
    expect(await allTags(db)).toEqual(['asile', 'PCR', 'Sahel']);
  });

  it('read every note in steps of 250, each step seen as it arrives', async () => {
    const db = await withManyNotes(keep(openTestDatabase()));
    const reads: number[] = [];
    const notes = await allNotes(db, { eachRead: (read) => reads.push(read.length) });
    expect(reads).toEqual([250, 250, 101]);
    expect(new Set(notes.map((note) => note.id)).size).toBe(601);
  });

  it('wait before each read after the first for what the caller asks', async () => {
    const db = await withManyNotes(keep(openTestDatabase()));
    const steps: string[] = [];
    await allNotes(db, {
      eachRead: (read) => steps.push(`read ${read.length}`),
      beforeNextRead: async () => {
        steps.push('wait');
      },
    });
    expect(steps).toEqual(['read 250', 'wait', 'read 250', 'wait', 'read 101']);
  });

  it('give a deleted note back so that undo restores it as it was', async () => {
    const db = keep(openTestDatabase());
    const note = await addNote(db, { target, quote, position, colour: 'blue' });
    const deleted = await deleteNote(db, note.id);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, deleted!);
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('bookmark a place once: the second toggle removes it', async () => {
    const db = keep(openTestDatabase());
    const place = { docId: 'about-iom', blockId: 'p-3a8ebd50', itemId: null };
    expect((await toggleBookmark(db, place, 1)).added).toBe(true);
    expect((await toggleBookmark(db, { ...place, blockId: null }, 2)).added).toBe(true);
    expect((await allBookmarks(db)).map((row) => row.target.blockId)).toEqual([null, 'p-3a8ebd50']);
    expect((await toggleBookmark(db, place, 3)).added).toBe(false);
    expect(await db.bookmarks.count()).toBe(1);
  });
});
