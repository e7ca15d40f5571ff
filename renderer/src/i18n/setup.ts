import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { loadRendererResources, type RendererResources } from '@shared/i18n/renderer-catalogues';

export interface RendererI18nOptions {
  language: Language;
  /** That language's catalogue (`loadRendererResources`); the other is added when needed. */
  resources: RendererResources;
  /** Called for a key missing from the catalogue: the app logs it, the tests throw. */
  onMissingKey(key: string, language: string): void;
}

/** The renderer's i18next instance, in one language, initialised at once. */
export function createRendererI18n({ language, resources, onMissingKey }: RendererI18nOptions): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: { [language]: { common: resources.common } },
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

/** Makes sure a language's catalogue is loaded into the instance (a no-op once it is). */
export async function addLanguage(instance: i18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'common')) return;
  const { common } = await loadRendererResources(language);
  instance.addResourceBundle(language, 'common', common);
}

/** Shows the interface in a language: its words loaded if they were not, then switched in place. */
export async function applyLanguage(instance: i18n, language: Language): Promise<void> {
  await addLanguage(instance, language);
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}
