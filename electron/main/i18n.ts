import { createInstance, type i18n } from 'i18next';
import type { Language } from '@shared/document/vocabulary';
import { I18N_NAMESPACES, I18N_RESOURCES } from '@shared/i18n/resources';

/** The main process's own i18next instance, for menus and dialogs, initialised synchronously. */
export function createMainI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.init({
    resources: I18N_RESOURCES,
    lng: language,
    fallbackLng: false,
    ns: [...I18N_NAMESPACES],
    defaultNS: 'main',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
