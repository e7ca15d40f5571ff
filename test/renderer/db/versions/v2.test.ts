import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { databasesPerTest, userRowsOf } from '../database';
import { syncDataset } from '../../../../renderer/src/db/sync';
import { datasetMetaKeysToForget } from '../../../../renderer/src/db/versions/v2';
import { bookmarkFromVersion2 } from '../../../../renderer/src/db/versions/v3';
import { noteFromVersion3 } from '../../../../renderer/src/db/versions/v5';
import { bundledDataset } from '../../../dataset-fixture';
import { personDataVersion2 } from '../../../user-data-fixture';
import { openDatabaseAtVersion, openUpgraded, seedDatabaseAtVersion } from '../versioned-database';

const dataset = bundledDataset();
const USER_ROWS = personDataVersion2();

/** A database as version 1 of the app left it: content without English, user data. */
async function seedVersion1(db: Dexie): Promise<void> {
  await db
    .table('documents')
    .add({ id: 'gcm-africa-americas-dialogue', order: 0, kind: 'news', excerpt: 'Le Réseau…' });
  await db.table('blocks').add({
    docId: 'gcm-africa-americas-dialogue',
    id: 'p-3a8ebd50',
    order: 0,
    block: { kind: 'paragraph', id: 'p-3a8ebd50', text: 'Le Réseau…', footnoteMarkers: [] },
  });
  await db.table('datasetMeta').add({ key: 'current', version: dataset.version, documentCount: 5, ingestedAt: 10 });
  for (const [table, rows] of Object.entries(USER_ROWS)) await db.table(table).bulkAdd(rows);
}

describe('database version 2', () => {
  const keep = databasesPerTest();

  it('forgets every recorded dataset version, so content is ingested again', () => {
    expect(datasetMetaKeysToForget([{ key: 'current', version: 'abc', documentCount: 5, ingestedAt: 1 }])).toEqual([
      'current',
    ]);
    expect(datasetMetaKeysToForget([])).toEqual([]);
  });

  it('upgrades a version 1 database: adds the glossary, forgets the dataset version, keeps user data as it was', async () => {
    const db = keep(openDatabaseAtVersion(await seedDatabaseAtVersion(1, seedVersion1), 2));
    expect(await db.table('datasetMeta').count()).toBe(0);
    expect(await db.table('glossary').count()).toBe(0);
    expect(await userRowsOf(db)).toEqual(USER_ROWS);
  });

  it('opened by the app, a version 1 database is ingested again on the next start', async () => {
    const upgraded = keep(await openUpgraded(await seedDatabaseAtVersion(1, seedVersion1)));
    // Even with the same dataset version as before, the next start ingests the new row shape.
    const api = {
      datasetManifest: async () => ({ ok: true as const, value: { version: dataset.version, documentCount: 5 } }),
      datasetLoad: async () => ({ ok: true as const, value: dataset }),
    };
    expect(await syncDataset(upgraded, api, () => undefined)).toEqual({
      ok: true,
      value: { version: dataset.version, ingested: true },
    });
    expect(
      (await upgraded.blocks.get(['gcm-africa-americas-dialogue', 'p-3a8ebd50']))?.english['p-3a8ebd50']?.text,
    ).toMatch(/^The United Nations Network on Migration/u);
    expect(await upgraded.glossary.count()).toBe(dataset.glossary.length);
    // Versions 3 and 5 anchored them and gave them colour, tags and state since, and the sync
    // re-anchored them in the dataset it ingested: every note is still there, with its words.
    const rows = await userRowsOf(upgraded);
    expect(rows['bookmarks']).toEqual(USER_ROWS.bookmarks.map(bookmarkFromVersion2));
    const kept = (rows['notes'] as Array<ReturnType<typeof noteFromVersion3>>).map(
      ({ id, body, quote, createdAt, updatedAt }) => ({ id, body, quote: quote.exact, createdAt, updatedAt }),
    );
    expect(kept).toEqual(
      USER_ROWS.notes.map(({ id, body, quote, createdAt, updatedAt }) => ({ id, body, quote, createdAt, updatedAt })),
    );
    expect(rows['settings']).toEqual([...USER_ROWS.settings, expect.objectContaining({ key: 'reanchorReport' })]);
  });
});
