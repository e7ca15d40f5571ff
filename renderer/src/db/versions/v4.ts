import type { DatabaseVersion } from './database-version';

/**
 * Version 4 adds the persisted search index: one row per index (the bundled documents and
 * glossary today; a person's own documents and notes will get a row of their own), so a warm
 * start loads it instead of analysing every text again. It is derived from the content, so it
 * is a content table: an ingest clears it with the rest, and the search worker rebuilds it. No
 * row changes shape.
 */
export const VERSION_4 = {
  version: 4,
  stores: { searchIndex: 'key' },
} as const satisfies DatabaseVersion;
