import { Dexie } from 'dexie';
import type { BookmarkTarget, NoteTarget, TextPositionSelector, TextQuoteSelector } from '@shared/annotation/anchor';
import type { HighlightColour } from '@shared/annotation/vocabulary';
import { blockPassages } from '@shared/document/passages';
import type { BookmarkRow, NoteRow, ReperesDatabase } from './schema';

/**
 * A person's bookmarks and notes, read and written for the reader and their own views. Every
 * write is one transaction on one user table; nothing here touches the content tables.
 */

/** A note's id: random, so notes made on two laptops never collide when a backup is merged. */
export const newRowId = (): string => crypto.randomUUID();

export function notesOfDocument(db: ReperesDatabase, docId: string): Promise<NoteRow[]> {
  return db.notes.where('target.docId').equals(docId).sortBy('createdAt');
}

/**
 * How many notes one read of `allNotes` brings: a read of 250 notes (their cloning and
 * folding) takes about 10 ms, short enough to fit between keystrokes; reads of a thousand
 * took 25 to 45 ms and made the keystrokes typed while the notes arrived wait.
 */
const NOTES_PER_READ = 250;

/** What `allNotes` does with each read, and what it waits for before the next. */
export interface NoteReads {
  /** Sees each read's notes as they arrive (the Notes view folds their text). */
  eachRead?: (notes: readonly NoteRow[]) => void;
  /**
   * Resolves when the next read may start: the Notes view waits for the page to be idle, so
   * keystrokes typed while the notes arrive are answered and painted before the next read.
   */
  beforeNextRead?: () => Promise<void>;
}

/**
 * Every note, in no particular order (the Notes view sorts them), read 250 at a time in the
 * order of their ids. Each read ends in a task of its own, so ten thousand notes
 * arrive in short steps with keystrokes and frames between them, not in one long task; and
 * `eachRead` runs between the reads too.
 */
export async function allNotes(db: ReperesDatabase, { eachRead, beforeNextRead }: NoteReads = {}): Promise<NoteRow[]> {
  const notes: NoteRow[] = [];
  let read = await db.notes.orderBy(':id').limit(NOTES_PER_READ).toArray();
  while (read.length > 0) {
    eachRead?.(read);
    notes.push(...read);
    if (read.length < NOTES_PER_READ) break;
    // Through `Dexie.waitFor`, so a live query stays live across a wait that is not Dexie's.
    if (beforeNextRead) await Dexie.waitFor(beforeNextRead());
    read = await db.notes.where(':id').above(read.at(-1)!.id).limit(NOTES_PER_READ).toArray();
  }
  return notes;
}

/** The most recent notes, by last change or by date made: a first screenful. */
export function recentNotes(db: ReperesDatabase, order: 'updated' | 'created', count: number): Promise<NoteRow[]> {
  return db.notes
    .orderBy(order === 'updated' ? 'updatedAt' : 'createdAt')
    .reverse()
    .limit(count)
    .toArray();
}

/** Every tag in use, in the order a person reads them. */
export async function allTags(db: ReperesDatabase): Promise<string[]> {
  const tags = (await db.notes.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' }));
}

export interface NewNote {
  target: NoteTarget;
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
  colour: HighlightColour | null;
}

/** Makes a note (a highlight when it has a colour) with an empty body; returns it. */
export async function addNote(db: ReperesDatabase, note: NewNote, now = Date.now()): Promise<NoteRow> {
  const row: NoteRow = {
    id: newRowId(),
    ...note,
    body: '',
    tags: [],
    anchorState: 'anchored',
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(row);
  return row;
}

/** What the editor changes on a note. */
export type NoteChanges = Partial<Pick<NoteRow, 'body' | 'tags' | 'colour'>>;

/** Saves changes to a note, stamping the time; a note deleted meanwhile stays deleted. */
export async function updateNote(
  db: ReperesDatabase,
  id: string,
  changes: NoteChanges,
  now = Date.now(),
): Promise<void> {
  await db.notes.update(id, { ...changes, updatedAt: now });
}

/** Deletes a note and hands it back, so the deletion can be undone. */
export async function deleteNote(db: ReperesDatabase, id: string): Promise<NoteRow | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const row = await db.notes.get(id);
    if (row) await db.notes.delete(id);
    return row;
  });
}

/** Puts a deleted row back exactly as it was (undo). */
export async function restoreNote(db: ReperesDatabase, row: NoteRow): Promise<void> {
  await db.notes.put(row);
}

/** Every bookmark, newest first. */
export function allBookmarks(db: ReperesDatabase): Promise<BookmarkRow[]> {
  return db.bookmarks.orderBy('createdAt').reverse().toArray();
}

export function bookmarksOfDocument(db: ReperesDatabase, docId: string): Promise<BookmarkRow[]> {
  return db.bookmarks.where('target.docId').equals(docId).toArray();
}

const sameTarget = (a: BookmarkTarget, b: BookmarkTarget): boolean =>
  a.docId === b.docId && a.blockId === b.blockId && a.itemId === b.itemId;

/** The bookmark on exactly this document, passage or list item, if there is one. */
export async function bookmarkAt(db: ReperesDatabase, target: BookmarkTarget): Promise<BookmarkRow | undefined> {
  const rows = await bookmarksOfDocument(db, target.docId);
  return rows.find((row) => sameTarget(row.target, target));
}

/**
 * Bookmarks a place, or removes its bookmark when it has one (one bookmark per place); says
 * which, with the row, so a removal can be undone.
 */
export async function toggleBookmark(
  db: ReperesDatabase,
  target: BookmarkTarget,
  now = Date.now(),
): Promise<{ added: true; row: BookmarkRow } | { added: false; row: BookmarkRow }> {
  return db.transaction('rw', db.bookmarks, async () => {
    const existing = await bookmarkAt(db, target);
    if (existing) {
      await db.bookmarks.delete(existing.id);
      return { added: false, row: existing };
    }
    const row: BookmarkRow = { id: newRowId(), target, label: null, createdAt: now };
    await db.bookmarks.add(row);
    return { added: true, row };
  });
}

export async function setBookmarkLabel(db: ReperesDatabase, id: string, label: string | null): Promise<void> {
  await db.bookmarks.update(id, { label });
}

export async function deleteBookmark(db: ReperesDatabase, id: string): Promise<BookmarkRow | undefined> {
  return db.transaction('rw', db.bookmarks, async () => {
    const row = await db.bookmarks.get(id);
    if (row) await db.bookmarks.delete(id);
    return row;
  });
}

export async function restoreBookmark(db: ReperesDatabase, row: BookmarkRow): Promise<void> {
  await db.bookmarks.put(row);
}

/** The passage each bookmark points at, in French and (where there is one) English; none for a whole document. */
export async function bookmarkPassages(
  db: ReperesDatabase,
  bookmarks: readonly BookmarkRow[],
): Promise<Map<string, { fr: string; en: string | null }>> {
  const onPassages = bookmarks.filter((row) => row.target.blockId !== null);
  const blocks = await db.blocks.bulkGet(
    onPassages.map((row) => [row.target.docId, row.target.blockId ?? ''] as [string, string]),
  );
  const passages = new Map<string, { fr: string; en: string | null }>();
  onPassages.forEach((row, index) => {
    const blockRow = blocks[index];
    if (!blockRow) return;
    const passageId = row.target.itemId ?? blockRow.id;
    const { block } = blockRow;
    const fr = blockPassages(block).find((passage) => passage.id === passageId)?.text ?? '';
    passages.set(row.id, { fr, en: blockRow.english[passageId]?.text ?? null });
  });
  return passages;
}
