import type { EditionAlignment } from '@shared/align/rows';
import type { ImportedDocumentRow } from '@shared/library/imported-document';
import type { ReperesDatabase } from './schema';

/** Which of these content hashes are already in the person's library, and as which document. */
export async function importedByContentHash(
  db: ReperesDatabase,
  hashes: readonly string[],
): Promise<Map<string, ImportedDocumentRow>> {
  const rows = await db.importedDocuments
    .where('contentHash')
    .anyOf([...hashes])
    .toArray();
  return new Map(rows.map((row) => [row.contentHash, row]));
}

/**
 * Saves confirmed imports in one transaction: all of them or, if the disk is full, none. A
 * document already there (the same content) is left as it is, never duplicated or replaced.
 * Returns the ids written.
 */
export async function saveImportedDocuments(
  db: ReperesDatabase,
  rows: readonly ImportedDocumentRow[],
): Promise<string[]> {
  return db.transaction('rw', db.importedDocuments, async () => {
    const existing = new Set(
      await db.importedDocuments
        .where('id')
        .anyOf(rows.map((row) => row.id))
        .primaryKeys(),
    );
    const fresh = rows.filter(
      (row, index) => !existing.has(row.id) && rows.findIndex((other) => other.id === row.id) === index,
    );
    await db.importedDocuments.bulkAdd(fresh);
    return fresh.map((row) => row.id);
  });
}

/**
 * Removes an imported document and returns it, for undo. The person's notes and bookmarks on
 * it stay: they are theirs, and undo (or importing the page again) gives them their place back.
 */
export async function deleteImportedDocument(db: ReperesDatabase, id: string): Promise<ImportedDocumentRow | null> {
  return db.transaction('rw', db.importedDocuments, async () => {
    const row = await db.importedDocuments.get(id);
    if (!row) return null;
    await db.importedDocuments.delete(id);
    return row;
  });
}

/** Puts a deleted document back exactly as it was (undo). */
export async function restoreImportedDocument(db: ReperesDatabase, row: ImportedDocumentRow): Promise<void> {
  await db.importedDocuments.put(row);
}

/**
 * Pairs a French and an English import as two editions of one page, with the alignment of
 * their blocks (stored on the French one), in one transaction. An edition already paired with
 * a third document is unpaired from it first: a page has one edition in each language.
 */
export async function pairImportedDocuments(
  db: ReperesDatabase,
  frenchId: string,
  englishId: string,
  alignment: EditionAlignment,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.importedDocuments, async () => {
    const [french, english] = await db.importedDocuments.bulkGet([frenchId, englishId]);
    if (!french || !english) throw new Error('an edition to pair is no longer in the library');
    for (const row of [french, english]) {
      if (row.pairedWith && row.pairedWith !== frenchId && row.pairedWith !== englishId) {
        await unpairRow(db, row.pairedWith, now);
      }
    }
    await db.importedDocuments.bulkPut([
      { ...french, pairedWith: englishId, alignment, updatedAt: now },
      { ...english, pairedWith: frenchId, alignment: null, updatedAt: now },
    ]);
  });
}

/** Reads two paired editions apart again (both rows), keeping everything else of theirs. */
export async function unpairImportedDocument(db: ReperesDatabase, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.importedDocuments, async () => {
    const row = await db.importedDocuments.get(id);
    if (row?.pairedWith) await unpairRow(db, row.pairedWith, now);
    await unpairRow(db, id, now);
  });
}

async function unpairRow(db: ReperesDatabase, id: string, now: number): Promise<void> {
  const row = await db.importedDocuments.get(id);
  if (row && (row.pairedWith !== null || row.alignment !== null)) {
    await db.importedDocuments.put({ ...row, pairedWith: null, alignment: null, updatedAt: now });
  }
}

/** Stores a person's correction of a pair's alignment (on the French edition's row). */
export async function saveAlignment(
  db: ReperesDatabase,
  frenchId: string,
  alignment: EditionAlignment,
  now = Date.now(),
): Promise<void> {
  await db.importedDocuments.update(frenchId, { alignment, updatedAt: now });
}
