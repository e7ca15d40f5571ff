import type { Language } from '../document/vocabulary';
import type frCommon from './locales/fr/common.json';

/** The renderer's words in one language: its `common` namespace, as i18next takes a language's resources. */
export interface RendererResources {
  common: typeof frCommon;
}

/**
 * Loads the renderer's catalogue for one language only, as a chunk of its own: the page
 * fetches the language it shows, and the other one when a person switches (or when the
 * first screen is up). The renderer imports only this module (`.oxlintrc.json`), never the
 * main process's `main` namespace.
 */
export async function loadRendererResources(language: Language): Promise<RendererResources> {
  const catalogue =
    language === 'en' ? await import('./locales/en/common.json') : await import('./locales/fr/common.json');
  return { common: catalogue.default };
}
