/**
 * The reader's settings vocabularies, without the schema library (the renderer imports these
 * values): one list, used by the reading switch and by the schema of a person's settings rows.
 */

/** Which text the reader shows: French, our English, or both side by side. */
export const READING_MODES = ['fr', 'en', 'both'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** Recent search queries kept for a person: how many, and how long each may be. */
export const MAX_RECENT_SEARCHES = 10;
export const MAX_RECENT_SEARCH_LENGTH = 200;
