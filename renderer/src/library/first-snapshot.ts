import type { DocumentRow } from '../db/schema';

// The library's rows as the entry chunk read them at start, waiting for the first library view.
let snapshot: DocumentRow[] | null = null;

/** Called once at start with what the store held, read while the interface's code was loading. */
export function handOverLibrary(rows: DocumentRow[] | null): void {
  snapshot = rows;
}

/**
 * The first library view shows the rows at once while its live query starts; any later one
 * (after an ingest, say) gets nothing here and waits for its query, so it is never stale.
 */
export function takeLibrarySnapshot(): DocumentRow[] | null {
  const rows = snapshot;
  snapshot = null;
  return rows;
}
