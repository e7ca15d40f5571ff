import { describe, expect, it } from 'vitest';
import { SettingRowSchema } from '@shared/backup/user-rows';
import { DEFAULT_APPEARANCE, MAX_RECENT_READING } from '@shared/settings/vocabulary';
import {
  forgetReadingPlace,
  getAppearance,
  getColumnOrder,
  getRecentReading,
  saveAppearance,
  saveColumnOrder,
  saveReadingPlace,
  stepTextSizeSetting,
} from '../../../renderer/src/db/reading-queries';
import { databasesPerTest, openTestDatabase } from './database';

describe('reading settings and places', () => {
  const keep = databasesPerTest();

  it('gives the default looks until the person changes one, then keeps the others', async () => {
    const db = keep(openTestDatabase());
    expect(await getAppearance(db)).toEqual(DEFAULT_APPEARANCE);
    await saveAppearance(db, { theme: 'dark' });
    await saveAppearance(db, { font: 'dyslexic' });
    expect(await getAppearance(db)).toEqual({ ...DEFAULT_APPEARANCE, theme: 'dark', font: 'dyslexic' });
    expect(SettingRowSchema.safeParse(await db.settings.get('appearance')).success).toBe(true);
  });

  it('puts French on the left side by side until the person swaps the columns', async () => {
    const db = keep(openTestDatabase());
    expect(await getColumnOrder(db)).toBe('fr-en');
    await saveColumnOrder(db, 'en-fr');
    expect(await getColumnOrder(db)).toBe('en-fr');
    expect(SettingRowSchema.safeParse(await db.settings.get('columnOrder')).success).toBe(true);
    expect(SettingRowSchema.safeParse({ key: 'columnOrder', value: 'de-fr' }).success).toBe(false);
  });

  it('steps the text size up and down, stopping at the largest, and back to the usual size', async () => {
    const db = keep(openTestDatabase());
    for (let step = 0; step < 10; step += 1) await stepTextSizeSetting(db, 1);
    expect((await getAppearance(db)).textSize).toBe(175);
    await stepTextSizeSetting(db, -1);
    expect((await getAppearance(db)).textSize).toBe(150);
    await stepTextSizeSetting(db, 0);
    expect((await getAppearance(db)).textSize).toBe(100);
  });

  it(`remembers the newest place first, one per document, at most ${MAX_RECENT_READING}`, async () => {
    const db = keep(openTestDatabase());
    for (let index = 0; index < MAX_RECENT_READING + 2; index += 1)
      await saveReadingPlace(db, { docId: `doc-${index}`, blockId: null, progress: 0, at: index });
    await saveReadingPlace(db, { docId: 'doc-3', blockId: 'p-12345678', progress: 0.5, at: 100 });
    const recent = await getRecentReading(db);
    expect(recent).toHaveLength(MAX_RECENT_READING);
    expect(recent[0]).toEqual({ docId: 'doc-3', blockId: 'p-12345678', progress: 0.5, at: 100 });
    expect(recent.filter((place) => place.docId === 'doc-3')).toHaveLength(1);
    expect(SettingRowSchema.safeParse(await db.settings.get('recentReading')).success).toBe(true);
  });

  it('forgets one document’s place and keeps the others', async () => {
    const db = keep(openTestDatabase());
    await saveReadingPlace(db, { docId: 'doc-a', blockId: null, progress: 0.1, at: 1 });
    await saveReadingPlace(db, { docId: 'doc-b', blockId: null, progress: 0.2, at: 2 });
    await forgetReadingPlace(db, 'doc-b');
    expect((await getRecentReading(db)).map((place) => place.docId)).toEqual(['doc-a']);
  });
});

describe('reading settings in a backup file (hostile rows)', () => {
  it.each([
    ['a text size off the scale', { key: 'appearance', value: { ...DEFAULT_APPEARANCE, textSize: 999 } }],
    ['an unknown theme', { key: 'appearance', value: { ...DEFAULT_APPEARANCE, theme: 'neon' } }],
    ['an extra field', { key: 'appearance', value: { ...DEFAULT_APPEARANCE, css: 'body{}' } }],
    [
      'a progress past the end',
      { key: 'recentReading', value: [{ docId: 'doc-a', blockId: null, progress: 2, at: 1 }] },
    ],
    [
      'a document id that is a path',
      { key: 'recentReading', value: [{ docId: '../etc/passwd', blockId: null, progress: 0, at: 1 }] },
    ],
    [
      'too many places',
      {
        key: 'recentReading',
        value: Array.from({ length: MAX_RECENT_READING + 1 }, (_, index) => ({
          docId: `doc-${index}`,
          blockId: null,
          progress: 0,
          at: 1,
        })),
      },
    ],
  ])('refuses %s', (_name, row) => {
    expect(SettingRowSchema.safeParse(row).success).toBe(false);
  });
});
