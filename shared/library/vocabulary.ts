/**
 * The personal library's fixed vocabularies, without the schema library (the renderer imports
 * these values and should not carry the validator in its bundle for them).
 */

/** What an imported document was read from: an IOM page export, a saved web page, Markdown or plain text. */
export const IMPORT_FORMATS = ['page-export', 'html', 'markdown', 'text'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Every imported document's id starts so: the bundled dataset's ids never do (a check on the
 * dataset build keeps it so), and the app tells a person's documents from the bundle's by it.
 */
export const IMPORTED_ID_PREFIX = 'my-';

/** The file types the open dialog offers and a drop accepts. */
export const IMPORTABLE_EXTENSIONS = ['txt', 'html', 'htm', 'md', 'markdown'] as const;

/** More than any page a person saves by two orders of magnitude; a bigger file is refused before it is read. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

/** Files one import takes at once: a folder's worth, few enough to preview. */
export const MAX_IMPORT_FILES = 50;

/** Imported documents a library holds: far more than a person brings, few enough for a backup to read. */
export const MAX_IMPORTED_DOCUMENTS = 5_000;

/** Whether a document id is one of a person's imports. */
export const isImportedId = (id: string): boolean => id.startsWith(IMPORTED_ID_PREFIX);
