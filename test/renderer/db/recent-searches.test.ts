import { describe, expect, it } from 'vitest';
import { SettingRowSchema } from '@shared/backup/user-rows';
import { MAX_RECENT_SEARCHES } from '@shared/settings/vocabulary';
import { clearRecentSearches, getRecentSearches, saveRecentSearch } from '../../../renderer/src/db/queries';
import { databasesPerTest, openTestDatabase } from './database';

describe('recent searches', () => {
  const keep = databasesPerTest();

  it('keeps the newest first, each once, trimmed', async () => {
    const db = keep(openTestDatabase());
    for (const query of ['Prague', 'Almaty ', 'Prague']) await saveRecentSearch(db, query);
    expect(await getRecentSearches(db)).toEqual(['Prague', 'Almaty']);
  });

  it(`keeps only the last ${MAX_RECENT_SEARCHES}, in a row a backup accepts`, async () => {
    const db = keep(openTestDatabase());
    for (let index = 0; index < MAX_RECENT_SEARCHES + 5; index += 1) await saveRecentSearch(db, `query ${index}`);
    const recent = await getRecentSearches(db);
    expect(recent).toHaveLength(MAX_RECENT_SEARCHES);
    expect(recent[0]).toBe(`query ${MAX_RECENT_SEARCHES + 4}`);
    expect(SettingRowSchema.safeParse(await db.settings.get('recentSearches')).success).toBe(true);
  });

  it('ignores an empty query and cuts a very long one', async () => {
    const db = keep(openTestDatabase());
    await saveRecentSearch(db, '   ');
    expect(await getRecentSearches(db)).toEqual([]);
    await saveRecentSearch(db, 'x'.repeat(5000));
    expect((await getRecentSearches(db))[0]).toHaveLength(200);
  });

  it('forgets them all on request', async () => {
    const db = keep(openTestDatabase());
    await saveRecentSearch(db, 'Prague');
    await clearRecentSearches(db);
    expect(await getRecentSearches(db)).toEqual([]);
  });

  it('refuses, in a backup, a recent-search row that is not a short list of short strings', () => {
    for (const value of [['x'.repeat(201)], Array.from({ length: 11 }, () => 'q'), [''], [42], 'Prague']) {
      expect(SettingRowSchema.safeParse({ key: 'recentSearches', value }).success).toBe(false);
    }
  });
});
