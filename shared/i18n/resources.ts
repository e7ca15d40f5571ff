import enMain from './locales/en/main.json';
import frMain from './locales/fr/main.json';
import { RENDERER_RESOURCES } from './renderer-resources';

/**
 * The interface's words, one catalogue per language and namespace: `common` for the
 * renderer, `main` for native menus and dialogs. The main process and the tests use them
 * all; the renderer loads one language's `common` at a time (`renderer-catalogues.ts`). French is the source catalogue:
 * keys are typed from it, and English must match it key for key.
 */
export const I18N_RESOURCES = {
  fr: { ...RENDERER_RESOURCES.fr, main: frMain },
  en: { ...RENDERER_RESOURCES.en, main: enMain },
} as const;

export const I18N_NAMESPACES = ['common', 'main'] as const;
export type I18nNamespace = (typeof I18N_NAMESPACES)[number];
export type SourceCatalogues = (typeof I18N_RESOURCES)['fr'];
