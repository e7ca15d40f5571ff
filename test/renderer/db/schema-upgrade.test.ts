import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { datasetMetaKeysToForget, ReperesDatabase, VERSION_1_STORES } from '../../../renderer/src/db/schema';
import { syncDataset } from '../../../renderer/src/db/sync';
import { bundledDataset } from '../../dataset-fixture';

const dataset = bundledDataset();
const USER_ROWS = {
  bookmarks: [{ id: 'b1', docId: 'regional-consultative-processes', blockId: 'p-dc4f13e7', createdAt: 1 }],
  notes: [
    {
      id: 'n1',
      docId: 'gcm-africa-americas-dialogue',
      blockId: 'q-9d35987a',
      quote: 'Notre objectif',
      body: 'À citer',
      createdAt: 2,
      updatedAt: 3,
    },
  ],
  settings: [{ key: 'language', value: 'en' }],
};

/** A database as version 1 of the app left it: content without English, user data. */
async function seedVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(VERSION_1_STORES);
  await v1
    .table('documents')
    .add({ id: 'gcm-africa-americas-dialogue', order: 0, kind: 'news', excerpt: 'Le Réseau…' });
  await v1.table('blocks').add({
    docId: 'gcm-africa-americas-dialogue',
    id: 'p-3a8ebd50',
    order: 0,
    block: { kind: 'paragraph', id: 'p-3a8ebd50', text: 'Le Réseau…', footnoteMarkers: [] },
  });
  await v1.table('datasetMeta').add({ key: 'current', version: dataset.version, documentCount: 5, ingestedAt: 10 });
  for (const [table, rows] of Object.entries(USER_ROWS)) await v1.table(table).bulkAdd(rows);
  v1.close();
}

describe('database version 2', () => {
  it('forgets every recorded dataset version, so content is ingested again', () => {
    expect(datasetMetaKeysToForget([{ key: 'current', version: 'abc', documentCount: 5, ingestedAt: 1 }])).toEqual([
      'current',
    ]);
    expect(datasetMetaKeysToForget([])).toEqual([]);
  });

  it('upgrades a version 1 database: adds the glossary, re-ingests content, keeps user data as it was', async () => {
    const name = `reperes-upgrade-${Date.now()}`;
    await seedVersion1(name);
    const db = new ReperesDatabase(name, { indexedDB, IDBKeyRange });
    expect(await db.datasetMeta.count()).toBe(0);
    expect(await db.glossary.count()).toBe(0);
    expect({
      bookmarks: await db.bookmarks.toArray(),
      notes: await db.notes.toArray(),
      settings: await db.settings.toArray(),
    }).toEqual(USER_ROWS);

    // Even with the same dataset version as before, the next start ingests the new row shape.
    const api = {
      datasetManifest: async () => ({ ok: true as const, value: { version: dataset.version, documentCount: 5 } }),
      datasetLoad: async () => ({ ok: true as const, value: dataset }),
    };
    expect(await syncDataset(db, api, () => undefined)).toEqual({
      ok: true,
      value: { version: dataset.version, ingested: true },
    });
    expect((await db.blocks.get(['gcm-africa-americas-dialogue', 'p-3a8ebd50']))?.english['p-3a8ebd50']?.text).toMatch(
      /^The United Nations Network on Migration/u,
    );
    expect(await db.glossary.count()).toBe(dataset.glossary.length);
    expect({
      bookmarks: await db.bookmarks.toArray(),
      notes: await db.notes.toArray(),
      settings: await db.settings.toArray(),
    }).toEqual(USER_ROWS);
    db.close();
    await db.delete();
  });
});
