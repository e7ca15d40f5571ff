import type { PickedFile } from '@shared/ipc/contract';
import { importFile, type ImportDraft } from '@shared/import/import-file';
import { createHtmlReader } from './html-reader';

/** What one file brought in became: a draft to preview, or the reason it cannot be imported. */
export type FileOutcome =
  | { name: string; status: 'draft'; draft: ImportDraft }
  | { name: string; status: 'refused'; code: string; detail: string };

/** Saved pages are read in an inert document of this window: no script runs, nothing is fetched. */
const readHtml = createHtmlReader(window);

/**
 * A picked or dropped file, read into a draft of a document (or refused, with a reason), by
 * the same `importFile` as `npm run cli -- parse`: the app and the CLI make the same draft.
 */
export function draftFromFile(file: PickedFile): FileOutcome {
  if (file.status === 'refused') return { name: file.name, status: 'refused', code: file.reason, detail: '' };
  const imported = importFile({ name: file.name, bytes: file.bytes }, { readHtml });
  return imported.ok
    ? { name: file.name, status: 'draft', draft: imported.value }
    : { name: file.name, status: 'refused', code: imported.error.code, detail: imported.error.message };
}
