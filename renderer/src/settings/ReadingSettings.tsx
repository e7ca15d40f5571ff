import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ColumnOrder, ReadingMode } from '@shared/settings/vocabulary';
import { getReadingModeSetting } from '../db/queries';
import { getColumnOrder } from '../db/reading-queries';
import { useServices } from '../services/context';

interface ReadingSettings {
  /** The reading mode the person chose; null when they have not (undefined until read). */
  savedMode: ReadingMode | null | undefined;
  columnOrder: ColumnOrder | undefined;
  /** The stored dataset's version (named by citations, PDFs and the library). */
  datasetVersion: string | undefined;
}

const ReadingSettingsContext = createContext<ReadingSettings | null>(null);

/**
 * The settings read all over the interface, each read by one live query for the whole app.
 * Read where they are used, they were a live query per passage (each cite button asks the
 * reading mode) and per library card: opening a document opened an IndexedDB transaction for
 * each of its passages, and leaving it unsubscribed them one by one, each unsubscription
 * rebuilding Dexie's list of listeners (quadratic in their number).
 */
export function ReadingSettingsProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  const savedMode = useLiveQuery(() => getReadingModeSetting(db), [db]);
  const columnOrder = useLiveQuery(() => getColumnOrder(db), [db]);
  const datasetVersion = useLiveQuery(() => db.datasetMeta.get('current'), [db])?.version;
  const value = useMemo(() => ({ savedMode, columnOrder, datasetVersion }), [savedMode, columnOrder, datasetVersion]);
  return <ReadingSettingsContext.Provider value={value}>{children}</ReadingSettingsContext.Provider>;
}

/** The shared reading settings; only inside `ReadingSettingsProvider` (the app provides it once). */
export function useReadingSettings(): ReadingSettings {
  const settings = useContext(ReadingSettingsContext);
  if (!settings) throw new Error('useReadingSettings must be used inside ReadingSettingsProvider');
  return settings;
}
