import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '@shared/dataset/schema';
import type { IpcResult } from '@shared/ipc/contract';
import { syncDataset } from '../../../renderer/src/db/sync';
import { bundledDataset } from '../../dataset-fixture';
import { Dexie } from 'dexie';
import { ReperesDatabase } from '../../../renderer/src/db/schema';
import { LATEST_DATABASE_VERSION } from '../../../renderer/src/db/versions/all-versions';
import { databasesPerTest, IN_MEMORY_INDEXEDDB, openTestDatabase, uniqueDatabaseName } from './database';

const dataset = bundledDataset();

function fakeApi(result: IpcResult<'dataset:load'> = { ok: true, value: dataset }) {
  const manifest: IpcResult<'dataset:manifest'> = result.ok
    ? { ok: true, value: { version: result.value.version, documentCount: result.value.documents.length } }
    : result;
  return {
    datasetManifest: vi.fn(async () => manifest),
    datasetLoad: vi.fn(async () => result),
  };
}

describe('syncDataset', () => {
  const keep = databasesPerTest();

  it('ingests on first run', async () => {
    const db = keep(openTestDatabase());
    const api = fakeApi();
    expect(await syncDataset(db, api, () => undefined)).toEqual({
      ok: true,
      value: { version: dataset.version, ingested: true },
    });
    expect(api.datasetLoad).toHaveBeenCalledOnce();
  });

  it('does not even transfer the dataset on a warm start', async () => {
    const db = keep(openTestDatabase());
    await syncDataset(db, fakeApi(), () => undefined);
    const api = fakeApi();
    expect(await syncDataset(db, api, () => undefined)).toEqual({
      ok: true,
      value: { version: dataset.version, ingested: false },
    });
    expect(api.datasetLoad).not.toHaveBeenCalled();
  });

  it('reports a dataset the main process cannot provide, touching nothing', async () => {
    const db = keep(openTestDatabase());
    const api = fakeApi({ ok: false, error: { code: 'dataset-unavailable', detail: 'missing file' } });
    expect(await syncDataset(db, api, () => undefined)).toEqual({
      ok: false,
      error: { kind: 'dataset', detail: 'missing file' },
    });
    expect(await db.documents.count()).toBe(0);
  });

  it('reports a storage failure as such', async () => {
    const db = keep(openTestDatabase());
    const broken: Dataset = { ...dataset, documents: [dataset.documents[0]!, dataset.documents[0]!] };
    const result = await syncDataset(db, fakeApi({ ok: true, value: broken }), () => undefined);
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage' } });
  });
});

describe('syncDataset on a database from a newer Repères', () => {
  const keep = databasesPerTest();

  it('refuses it as a newer database, and leaves it exactly as it was', async () => {
    const name = uniqueDatabaseName('newer');
    const newer = keep(new Dexie(name, IN_MEMORY_INDEXEDDB));
    newer.version(LATEST_DATABASE_VERSION + 3).stores({ notes: 'id', futureTable: 'id' });
    await newer.open();
    await newer.table('notes').add({ id: 'kept', body: 'written by a newer app' });
    newer.close();

    const db = keep(new ReperesDatabase(name, IN_MEMORY_INDEXEDDB));
    const result = await syncDataset(db, fakeApi(), () => undefined);
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage', fault: 'newer-database' } });

    const reopened = keep(new Dexie(name, IN_MEMORY_INDEXEDDB));
    await reopened.open();
    expect(reopened.verno).toBe(LATEST_DATABASE_VERSION + 3);
    expect(await reopened.table('notes').toArray()).toEqual([{ id: 'kept', body: 'written by a newer app' }]);
  });
});
