import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { saveLanguageSetting } from '../db/queries';
import { applyLanguage } from '../i18n/setup';
import { useServices } from '../services/context';

/** The interface language and a switch that applies it at once, remembers it and tells main. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const { db, api } = useServices();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const setLanguage = useCallback(
    (next: Language) => {
      // The other language's words are usually loaded already (after the first screen).
      void applyLanguage(i18n, next).catch((error: unknown) =>
        console.error(`cannot load the ${next} interface: ${String(error)}`),
      );
      void saveLanguageSetting(db, next).catch(() => undefined);
      void api.uiSetLanguage({ language: next });
    },
    [i18n, db, api],
  );
  return [language, setLanguage];
}
