import type { DocumentContent, IsoDate, ParseWarning, ReadableDocument } from '../document/schema';
import type { DocumentKind, Language } from '../document/vocabulary';
import { importedIdFor, type ImportedDocumentRow } from './imported-document';
import type { ImportFormat } from './vocabulary';

/** What the import makes of a file, as far as the library needs it (the import's draft has this shape). */
export interface LibraryDraft {
  format: ImportFormat;
  fileName: string;
  contentHash: string;
  content: DocumentContent;
  kind: DocumentKind | null;
  date: IsoDate | null;
  place: string | null;
  sourceUrl: string | null;
  warnings: ParseWarning[];
}

/** What the person may correct in the preview before saving. */
export interface DraftCorrections {
  title: string;
  kind: DocumentKind;
  language: Language;
  date: IsoDate | null;
}

/** The preview's starting values: what the import found, with the defaults a person is most likely to keep. */
export function initialCorrections(draft: LibraryDraft): DraftCorrections {
  return {
    title: draft.content.title.text,
    kind: draft.kind ?? 'news',
    language: draft.content.language ?? 'fr',
    date: draft.date,
  };
}

/** Title lengths the preview accepts: a title, not a paragraph. */
export const MAX_TITLE_LENGTH = 300;

/** Whether a corrected title can be saved: some text, not a page of it. */
export const titleIsValid = (title: string): boolean =>
  title.trim().length > 0 && title.trim().length <= MAX_TITLE_LENGTH;

/**
 * The row a confirmed draft is saved as: the readable document, with the person's
 * corrections, and where it came from. Pure: the time is given. Its id comes from the content,
 * so importing the same text again finds the same id.
 */
export function importedRowFromDraft(
  draft: LibraryDraft,
  corrections: DraftCorrections,
  now: number,
): ImportedDocumentRow {
  const id = importedIdFor(draft.contentHash);
  const title = corrections.title.trim();
  const document: ReadableDocument = {
    ...draft.content,
    language: corrections.language,
    title:
      title === draft.content.title.text
        ? draft.content.title
        : { text: title.slice(0, MAX_TITLE_LENGTH), source: 'metadata' },
    id,
    role: 'page',
    sourceFile: draft.fileName,
    kind: corrections.kind,
    date: corrections.date,
    place: draft.place ? { fr: draft.place, en: draft.place } : null,
    sourceUrl: draft.sourceUrl?.startsWith('https://') ? draft.sourceUrl : null,
    topics: [],
    warnings: draft.warnings,
    english: null,
    editorialNotes: [],
  };
  return {
    id,
    document,
    format: draft.format,
    fileName: draft.fileName,
    contentHash: draft.contentHash,
    pairedWith: null,
    alignment: null,
    importedAt: now,
    updatedAt: now,
  };
}
