import type { DatabaseVersion } from './database-version';

/**
 * Version 7 drops the two indexes of notes that nothing reads: by document and passage
 * together (the reader reads a document's notes by document alone) and by anchor state (the
 * Notes view finds the detached ones among the notes it holds). Each index is one more write
 * for every note saved, and restoring a backup of ten thousand notes writes them all. No row
 * changes.
 */
export const VERSION_7 = {
  version: 7,
  stores: {
    notes: 'id, target.docId, updatedAt, createdAt, *tags',
  },
} as const satisfies DatabaseVersion;
