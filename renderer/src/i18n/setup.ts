import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { RENDERER_RESOURCES } from '@shared/i18n/renderer-resources';

export interface RendererI18nOptions {
  language: Language;
  /** Called for a key missing from the catalogue: the app logs it, the tests throw. */
  onMissingKey(key: string, language: string): void;
}

/** The renderer's i18next instance: the `common` catalogues, bundled, initialised at once. */
export function createRendererI18n({ language, onMissingKey }: RendererI18nOptions): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { fr: { common: RENDERER_RESOURCES.fr.common }, en: { common: RENDERER_RESOURCES.en.common } },
    lng: language,
    fallbackLng: false,
    ns: ['common'],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (languages, _namespace, key) => onMissingKey(key, languages.join(',')),
    react: { useSuspense: false },
  });
  return instance;
}
