import type { PickedFile } from '@shared/ipc/contract';
import type { LibraryDraft } from '@shared/library/from-draft';
import { passagesOf } from '@shared/document/passages';
import { sha256Hex } from '@shared/hash';
import { parsePage } from '@shared/parser/parse-page';
import { decodePageBytes } from '@shared/text/page-input';

/** What one file brought in became: a draft to preview, or the reason it cannot be imported. */
export type FileOutcome =
  | { name: string; status: 'draft'; draft: LibraryDraft }
  | { name: string; status: 'refused'; code: string; detail: string };

/** A picked or dropped file, read into a draft of a document (or refused, with a reason). */
export function draftFromFile(file: PickedFile): FileOutcome {
  if (file.status === 'refused') return { name: file.name, status: 'refused', code: file.reason, detail: '' };
  const decoded = decodePageBytes(file.bytes);
  if (!decoded.ok)
    return { name: file.name, status: 'refused', code: decoded.error.code, detail: decoded.error.message };
  const parsed = parsePage(decoded.value, { fileName: file.name });
  if (!parsed.ok) return { name: file.name, status: 'refused', code: parsed.error.code, detail: parsed.error.message };
  const { page, warnings } = parsed.value;
  if (page.blocks.length === 0) {
    return { name: file.name, status: 'refused', code: 'no-text', detail: 'the file has no text to import' };
  }
  const text = passagesOf(page, page.language ?? 'fr')
    .map((passage) => passage.text)
    .join('\n');
  return {
    name: file.name,
    status: 'draft',
    draft: {
      format: 'page-export',
      fileName: file.name,
      contentHash: sha256Hex(`${page.title.text}\n${text}`),
      content: page,
      kind: null,
      date: null,
      place: page.dateline?.place ?? null,
      sourceUrl: null,
      warnings,
    },
  };
}
