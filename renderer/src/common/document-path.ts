import type { DocumentRole } from '@shared/document/vocabulary';

/**
 * Where a document, or one of its passages, is read in the app: the About IOM document has
 * its own view; every other document opens in the reader.
 */
export function documentPath(document: { id: string; role: DocumentRole }, passageId: string | null = null): string {
  const base = document.role === 'about' ? '/about' : `/read/${document.id}`;
  return passageId === null ? base : `${base}/${passageId}`;
}
