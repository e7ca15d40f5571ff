import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import { DEFAULT_APPEARANCE, type Appearance } from '@shared/settings/vocabulary';
import { getAppearance, saveAppearance } from '../db/reading-queries';
import { useServices } from '../services/context';
import { applyAppearance } from './appearance';

/** The reader's looks and a setter that changes some of them and remembers them. */
export function useAppearance(): [Appearance, (change: Partial<Appearance>) => void] {
  const { db } = useServices();
  const appearance = useLiveQuery(() => getAppearance(db), [db]) ?? null;
  const change = useCallback(
    (next: Partial<Appearance>) => {
      void saveAppearance(db, next).catch((error: unknown) =>
        console.error(`cannot save the reader's looks: ${String(error)}`),
      );
    },
    [db],
  );
  return [appearance ?? DEFAULT_APPEARANCE, change];
}

/** Keeps the page's root in step with the saved looks (once they are read: no flash to the defaults). */
export function useAppliedAppearance(): void {
  const { db } = useServices();
  const appearance = useLiveQuery(() => getAppearance(db), [db]);
  useEffect(() => {
    if (appearance) applyAppearance(document.documentElement, appearance);
  }, [appearance]);
}
