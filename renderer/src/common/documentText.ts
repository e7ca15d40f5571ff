import type { Language } from '@shared/document/vocabulary';
import type { DocumentRow } from '../db/schema';

/** The language a document was written in: French for every bundled page, either for an import. */
const originalOf = (document: Pick<DocumentRow, 'language'>): Language => document.language ?? 'fr';

/** What naming a document takes: its title, its language, and the English edition's title if any. */
export type DocumentTitle = Pick<DocumentRow, 'id' | 'role' | 'title' | 'language'> & {
  english: Pick<NonNullable<DocumentRow['english']>, 'title'> | null;
};

/** A document's title in a language, falling back to the original's. */
export function titleIn(document: DocumentTitle, language: Language): { text: string; language: Language } {
  const english = document.english?.title?.text;
  return language === 'en' && english
    ? { text: english, language: 'en' }
    : { text: document.title.text, language: originalOf(document) };
}

/** A document's first lines in a language, falling back to the original's. */
export function excerptIn(
  document: Pick<DocumentRow, 'excerpt' | 'language'>,
  language: Language,
): { text: string; language: Language } {
  if ((language === 'en' || originalOf(document) === 'en') && document.excerpt.en) {
    return { text: document.excerpt.en, language: 'en' };
  }
  return { text: document.excerpt.fr, language: 'fr' };
}
