import type { DocumentRow } from '../db/schema';

/** The document with the most recent date (ISO dates compare as text), or null when none is dated. */
export function latestDated<T extends Pick<DocumentRow, 'date'>>(documents: readonly T[]): T | null {
  let latest: T | null = null;
  for (const document of documents) {
    if (document.date && (!latest?.date || document.date.iso > latest.date.iso)) latest = document;
  }
  return latest;
}
