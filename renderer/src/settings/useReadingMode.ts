import { useCallback } from 'react';
import { saveReadingModeSetting } from '../db/queries';
import type { ReadingMode } from '@shared/settings/vocabulary';
import { useServices } from '../services/context';
import { useLanguage } from './useLanguage';
import { useReadingSettings } from './ReadingSettings';

/**
 * The reading language, apart from the interface language: French, English, or both side
 * by side. Until the person chooses, documents are read in the interface language.
 */
export function useReadingMode(): [ReadingMode, (mode: ReadingMode) => void] {
  const { db } = useServices();
  const [interfaceLanguage] = useLanguage();
  const saved = useReadingSettings().savedMode;
  const setMode = useCallback(
    (mode: ReadingMode) => {
      void saveReadingModeSetting(db, mode).catch(() => undefined);
    },
    [db],
  );
  return [saved ?? interfaceLanguage, setMode];
}
