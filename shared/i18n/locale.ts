import type { Language } from '../document/vocabulary';

export const DEFAULT_LANGUAGE: Language = 'fr';

/** The interface language for a system locale such as `en-GB`: French unless it is English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return /^en(?:[-_]|$)/iu.test(locale ?? '') ? 'en' : DEFAULT_LANGUAGE;
}
