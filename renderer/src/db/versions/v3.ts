import type { Transaction } from 'dexie';
import type { BookmarkRow } from '@shared/backup/user-rows';
import type { AnnotationAnchor } from '@shared/annotation/anchor';
import type { DatabaseVersion } from './database-version';

/** A note as versions 1 and 2 declared it (no screen ever wrote one). */
export interface NoteRowVersion2 {
  id: string;
  docId: string;
  blockId: string;
  quote: string;
  body: string;
  createdAt: number;
  updatedAt: number;
}

/** A note as versions 3 and 4 stored it: anchored, on a passage, neither coloured nor tagged. */
export interface NoteRowVersion3 extends AnnotationAnchor {
  id: string;
  target: AnnotationAnchor['target'] & { blockId: string };
  body: string;
  createdAt: number;
  updatedAt: number;
}

/** A bookmark as versions 1 and 2 declared it. */
export interface BookmarkRowVersion2 {
  id: string;
  docId: string;
  blockId: string;
  createdAt: number;
}

/**
 * An anchored note from a version 2 one, every field kept: the quote becomes the selector's
 * exact text (with no context, and no position: none was recorded), the passage its target,
 * read in French, the first language of every passage the dataset has held. Pure.
 */
export function noteFromVersion2(row: NoteRowVersion2): NoteRowVersion3 {
  return {
    id: row.id,
    target: { docId: row.docId, blockId: row.blockId, itemId: null, language: 'fr' },
    quote: { type: 'TextQuoteSelector', exact: row.quote, prefix: '', suffix: '' },
    position: null,
    body: row.body,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A bookmark with a target and no label from a version 2 one, every field kept. Pure. */
export function bookmarkFromVersion2(row: BookmarkRowVersion2): BookmarkRow {
  return {
    id: row.id,
    target: { docId: row.docId, blockId: row.blockId, itemId: null },
    label: null,
    createdAt: row.createdAt,
  };
}

/** Rewrites every note and bookmark in the anchored shape, inside the upgrade's transaction. */
export async function upgradeToVersion3(transaction: Transaction): Promise<void> {
  const notes = (await transaction.table('notes').toArray()) as NoteRowVersion2[];
  await transaction.table('notes').bulkPut(notes.map(noteFromVersion2));
  const bookmarks = (await transaction.table('bookmarks').toArray()) as BookmarkRowVersion2[];
  await transaction.table('bookmarks').bulkPut(bookmarks.map(bookmarkFromVersion2));
}

/**
 * Version 3 anchors notes and bookmarks (see `@shared/annotation/anchor`): a note carries its
 * passage target and its quote and position selectors, a bookmark its target and a label.
 * Indexes are what the reader will ask: by document, by passage, by most recent.
 */
export const VERSION_3 = {
  version: 3,
  stores: {
    notes: 'id, target.docId, [target.docId+target.blockId], updatedAt',
    bookmarks: 'id, target.docId, [target.docId+target.blockId], createdAt',
  },
  upgrade: upgradeToVersion3,
} as const satisfies DatabaseVersion;
