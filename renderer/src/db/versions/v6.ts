import type { DatabaseVersion } from './database-version';

/**
 * Version 6 adds the personal library: the documents a person imports, one row each (the
 * readable document, where it came from, its content hash). It is a user table: an ingest
 * never opens it, a backup carries it. Indexed by content hash (the same page imported twice
 * is found) and by import date (the library lists newest first). No row changes shape.
 */
export const VERSION_6 = {
  version: 6,
  stores: { importedDocuments: 'id, contentHash, importedAt' },
} as const satisfies DatabaseVersion;
