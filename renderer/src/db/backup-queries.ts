import { Dexie } from 'dexie';
import type { BackupData } from '@shared/backup/envelope';
import { planMerge, type MergePlan } from '@shared/backup/merge';
import { USER_TABLES } from '@shared/backup/tables';
import type { BlockRow, DocumentRow, ReperesDatabase } from './schema';

/** Everything a person owns, read in one transaction so the backup is one moment's data. */
export async function readPersonData(db: ReperesDatabase): Promise<BackupData> {
  return db.transaction('r', db.bookmarks, db.notes, db.settings, db.importedDocuments, async () => ({
    bookmarks: await db.bookmarks.orderBy('createdAt').toArray(),
    notes: await db.notes.orderBy('createdAt').toArray(),
    settings: await db.settings.toArray(),
    importedDocuments: await db.importedDocuments.orderBy('importedAt').toArray(),
  }));
}

/** What importing `incoming` would do to the data here, read in one transaction. */
export async function planImport(db: ReperesDatabase, incoming: BackupData): Promise<MergePlan> {
  return planMerge(await readPersonData(db), incoming);
}

/**
 * Writes a planned import in one transaction over the user tables: all of it or, if anything
 * fails (a full disk), none of it. Rows are put by id, so nothing is duplicated.
 */
export async function applyImport(db: ReperesDatabase, plan: MergePlan): Promise<void> {
  await db.transaction(
    'rw',
    USER_TABLES.map((table) => db.table(table)),
    async () => {
      await db.bookmarks.bulkPut(plan.writes.bookmarks);
      await db.notes.bulkPut(plan.writes.notes);
      await db.settings.bulkPut(plan.writes.settings);
      await db.importedDocuments.bulkPut(plan.writes.importedDocuments);
    },
  );
}

/** The documents notes and bookmarks point at, with their blocks, for the Markdown export. */
export async function documentsWithBlocks(
  db: ReperesDatabase,
  docIds: readonly string[],
): Promise<Map<string, { document: DocumentRow; blocks: BlockRow[] }>> {
  const found = new Map<string, { document: DocumentRow; blocks: BlockRow[] }>();
  for (const docId of docIds) {
    const document = await db.documents.get(docId);
    if (!document) continue;
    const blocks = await db.blocks
      .where('[docId+order]')
      .between([docId, Dexie.minKey], [docId, Dexie.maxKey])
      .toArray();
    found.set(docId, { document, blocks });
  }
  return found;
}
