import { reanchorDocument, reanchorNotes } from '@shared/annotation/reanchor';
import type { Dataset } from '@shared/dataset/schema';
import { isImportedId } from '@shared/library/vocabulary';
import type { ReperesDatabase, SettingRow } from './schema';

export type ReanchorReport = Extract<SettingRow, { key: 'reanchorReport' }>['value'];

/**
 * After a new dataset is ingested, puts every note where its words now are (see
 * `@shared/annotation/reanchor`), in one transaction on the person's notes and the report
 * alone: the content tables were written by the ingest's own transaction, and this one never
 * deletes a note. Notes keep their `updatedAt` (the person did not change them). Returns the
 * report, also stored for the library to show once.
 */
export async function reanchorAfterIngest(
  db: ReperesDatabase,
  dataset: Pick<Dataset, 'version' | 'documents'>,
  now = Date.now(),
): Promise<ReanchorReport> {
  const documents = new Map(dataset.documents.map((document) => [document.id, document]));
  return db.transaction('rw', db.notes, db.settings, async () => {
    // A note on a person's own document is not the dataset's to move: its text did not change.
    const notes = (await db.notes.toArray()).filter((note) => !isImportedId(note.target.docId));
    const results = reanchorNotes(notes, (docId) => {
      const document = documents.get(docId);
      return document ? reanchorDocument(document) : null;
    });
    const updates = results.flatMap((result) => (result.updated ? [result.updated] : []));
    if (updates.length > 0) await db.notes.bulkPut(updates);
    const report: ReanchorReport = {
      datasetVersion: dataset.version,
      at: now,
      unchanged: results.filter((result) => result.outcome.status === 'unchanged').length,
      moved: results.filter((result) => result.outcome.status === 'moved').map((result) => result.note.id),
      detached: results.filter((result) => result.outcome.status === 'detached').map((result) => result.note.id),
    };
    // A first run has no notes to report on; an upgrade with notes says what became of them.
    if (notes.length > 0) await db.settings.put({ key: 'reanchorReport', value: report });
    return report;
  });
}
