import type { Language } from '@shared/document/vocabulary';
import type { DocumentRow } from '../db/schema';

/** A document's title in a language, falling back to the French original. */
export function titleIn(
  document: Pick<DocumentRow, 'title' | 'english'>,
  language: Language,
): { text: string; language: Language } {
  const english = document.english?.title?.text;
  return language === 'en' && english
    ? { text: english, language: 'en' }
    : { text: document.title.text, language: 'fr' };
}

/** A document's first lines in a language, falling back to the French original. */
export function excerptIn(
  document: Pick<DocumentRow, 'excerpt'>,
  language: Language,
): { text: string; language: Language } {
  return language === 'en' && document.excerpt.en
    ? { text: document.excerpt.en, language: 'en' }
    : { text: document.excerpt.fr, language: 'fr' };
}
