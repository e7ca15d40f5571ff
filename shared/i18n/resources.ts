import type { Language } from '../document/vocabulary';
import enCommon from './locales/en/common.json';
import enMain from './locales/en/main.json';
import frCommon from './locales/fr/common.json';
import frMain from './locales/fr/main.json';

/**
 * The interface's words, one catalogue per language and namespace, shared by both
 * processes: `common` for the renderer, `main` for native menus and dialogs. French is
 * the source catalogue: keys are typed from it, and English must match it key for key.
 */
export const I18N_RESOURCES = {
  fr: { common: frCommon, main: frMain },
  en: { common: enCommon, main: enMain },
} as const;

export const I18N_NAMESPACES = ['common', 'main'] as const;
export type I18nNamespace = (typeof I18N_NAMESPACES)[number];
export type SourceCatalogues = (typeof I18N_RESOURCES)['fr'];

export const DEFAULT_LANGUAGE: Language = 'fr';

/** The interface language for a system locale such as `en-GB`: French unless it is English. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return /^en(?:[-_]|$)/iu.test(locale ?? '') ? 'en' : DEFAULT_LANGUAGE;
}
