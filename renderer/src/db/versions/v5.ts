import type { Transaction } from 'dexie';
import type { NoteRow } from '@shared/backup/user-rows';
import type { DatabaseVersion } from './database-version';
import type { NoteRowVersion3 } from './v3';

/**
 * A note as version 5 stores it, from a version 3 or 4 one, every field kept: no colour (no
 * screen ever highlighted before), no tags, and anchored (it was made on the current text).
 * Pure.
 */
export function noteFromVersion3(row: NoteRowVersion3): NoteRow {
  return { ...row, colour: null, tags: [], anchorState: 'anchored' };
}

/** Rewrites every note with its colour, tags and anchor state, inside the upgrade's transaction. */
export async function upgradeToVersion5(transaction: Transaction): Promise<void> {
  const notes = (await transaction.table('notes').toArray()) as NoteRowVersion3[];
  await transaction.table('notes').bulkPut(notes.map(noteFromVersion3));
}

/**
 * Version 5 makes notes into highlights too (a colour), tags them, and records whether each
 * still has a place in the text (`anchorState`): the Notes view lists by tag (a multi-entry
 * index), by state (detached notes are shown apart) and by date made, the reader by document
 * and passage.
 */
export const VERSION_5 = {
  version: 5,
  stores: {
    notes: 'id, target.docId, [target.docId+target.blockId], updatedAt, createdAt, *tags, anchorState',
  },
  upgrade: upgradeToVersion5,
} as const satisfies DatabaseVersion;
