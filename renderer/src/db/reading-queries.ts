import {
  DEFAULT_APPEARANCE,
  MAX_RECENT_READING,
  stepTextSize,
  type Appearance,
  type ColumnOrder,
} from '@shared/settings/vocabulary';
import type { SettingRow } from '@shared/backup/user-rows';
import type { ReperesDatabase } from './schema';

export type ReadingPlace = Extract<SettingRow, { key: 'recentReading' }>['value'][number];

/** How the reader looks, as the person set it; the defaults until they do. */
export async function getAppearance(db: ReperesDatabase): Promise<Appearance> {
  const row = await db.settings.get('appearance');
  return row?.key === 'appearance' ? row.value : DEFAULT_APPEARANCE;
}

/** Changes some of the reader's looks, keeping the others. */
export async function saveAppearance(db: ReperesDatabase, change: Partial<Appearance>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getAppearance(db);
    await db.settings.put({ key: 'appearance', value: { ...current, ...change } });
  });
}

/** Where the person stopped in the documents they read last, newest first. */
export async function getRecentReading(db: ReperesDatabase): Promise<ReadingPlace[]> {
  const row = await db.settings.get('recentReading');
  return row?.key === 'recentReading' ? row.value : [];
}

/** Remembers where the person is in a document, putting it first among the recent ones. */
export async function saveReadingPlace(db: ReperesDatabase, place: ReadingPlace): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const recent = await getRecentReading(db);
    const value = [place, ...recent.filter((known) => known.docId !== place.docId)].slice(0, MAX_RECENT_READING);
    await db.settings.put({ key: 'recentReading', value });
  });
}

/** Forgets one document's place ("remove from Continue reading"). */
export async function forgetReadingPlace(db: ReperesDatabase, docId: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const recent = await getRecentReading(db);
    await db.settings.put({ key: 'recentReading', value: recent.filter((known) => known.docId !== docId) });
  });
}

/** Makes the reading text one size larger (+1) or smaller (−1), or its usual size (0). */
export async function stepTextSizeSetting(db: ReperesDatabase, step: -1 | 0 | 1): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getAppearance(db);
    await db.settings.put({ key: 'appearance', value: { ...current, textSize: stepTextSize(current.textSize, step) } });
  });
}

/** Side by side, which language is on the left (the French original unless the person swapped them). */
export async function getColumnOrder(db: ReperesDatabase): Promise<ColumnOrder> {
  const row = await db.settings.get('columnOrder');
  return row?.key === 'columnOrder' ? row.value : 'fr-en';
}

export async function saveColumnOrder(db: ReperesDatabase, order: ColumnOrder): Promise<void> {
  await db.settings.put({ key: 'columnOrder', value: order });
}
