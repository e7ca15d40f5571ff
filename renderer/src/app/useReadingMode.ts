import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { Language } from '@shared/dataset/vocabulary';
import { getReadingModeSetting, saveReadingModeSetting } from '../db/queries';
import type { ReadingMode } from '../db/schema';
import { useServices } from './context';
import { useLanguage } from './useLanguage';

/**
 * The reading language, apart from the interface language: French, English, or both side
 * by side. Until the person chooses, documents are read in the interface language.
 */
export function useReadingMode(): [ReadingMode, (mode: ReadingMode) => void] {
  const { db } = useServices();
  const [interfaceLanguage] = useLanguage();
  const saved = useLiveQuery(() => getReadingModeSetting(db), [db]);
  const setMode = useCallback(
    (mode: ReadingMode) => {
      void saveReadingModeSetting(db, mode).catch(() => undefined);
    },
    [db],
  );
  return [saved ?? interfaceLanguage, setMode];
}

/** The languages a reading mode shows, French first when both. */
export const languagesOf = (mode: ReadingMode): Language[] => (mode === 'both' ? ['fr', 'en'] : [mode]);

/** The language that leads (titles, table of contents): the reading language, or the interface's when both. */
export const leadingLanguage = (mode: ReadingMode, interfaceLanguage: Language): Language =>
  mode === 'both' ? interfaceLanguage : mode;
