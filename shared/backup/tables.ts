/**
 * Which tables of the offline store hold what, in one place: the ingest's transaction scope
 * and what it clears come from `CONTENT_TABLES`; a backup's data and, later, restore come
 * from `USER_TABLES`. Every table is in exactly one list (a test checks it).
 *
 * - Content tables hold the bundled dataset. An ingest replaces them whole, and they are
 *   never backed up: the app ships them again.
 *   A derived cache (the persisted search index) is a content table too: an ingest clears it,
 *   and it is rebuilt from the tables it was derived from.
 * - User tables hold what a person makes. An ingest never opens them, an upgrade only
 *   reshapes them, and a backup holds them all.
 *
 * Documents a person imports live in a user table of their own (`importedDocuments`), never in
 * a content table, even though they share the document model. An ingest clears
 * the content tables, so nothing of a person's may ever be stored where it can reach.
 */
export const CONTENT_TABLES = ['documents', 'blocks', 'datasetMeta', 'glossary', 'searchIndex'] as const;
export const USER_TABLES = ['bookmarks', 'notes', 'settings', 'importedDocuments'] as const;

export type ContentTable = (typeof CONTENT_TABLES)[number];
export type UserTable = (typeof USER_TABLES)[number];
