import { useCallback } from 'react';
import type { ColumnOrder } from '@shared/settings/vocabulary';
import { saveColumnOrder } from '../db/reading-queries';
import { useServices } from '../services/context';
import { useReadingSettings } from './ReadingSettings';

/** Side by side, which language is on the left, and a setter that remembers the choice. */
export function useColumnOrder(): [ColumnOrder, (order: ColumnOrder) => void] {
  const { db } = useServices();
  const order = useReadingSettings().columnOrder ?? 'fr-en';
  const change = useCallback(
    (next: ColumnOrder) => {
      void saveColumnOrder(db, next).catch((error: unknown) =>
        console.error(`cannot save the column order: ${String(error)}`),
      );
    },
    [db],
  );
  return [order, change];
}
