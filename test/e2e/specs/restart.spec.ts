import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engine, newProfileDir, type AppHandle } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import {
  appCopyWithDataset,
  INGEST_OBSERVER,
  ingestObservation,
  putRows,
  readStore,
  waitForLibrary,
} from '../harness/fixtures';

const USER_ROWS = {
  bookmarks: [
    { id: 'b-1', docId: 'regional-consultative-processes', blockId: 'p-dc4f13e7', createdAt: 1_700_000_000_000 },
  ],
  notes: [
    {
      id: 'n-1',
      docId: 'gcm-africa-americas-dialogue',
      blockId: 'q-9d35987a',
      quote: 'Notre objectif collectif est clair',
      body: 'Citer à la réunion du MIDSA — « à vérifier »',
      createdAt: 1_700_000_000_001,
      updatedAt: 1_700_000_000_002,
    },
  ],
  settings: [{ key: 'language', value: 'fr' }],
};

async function userData(app: AppHandle): Promise<string> {
  return JSON.stringify({
    bookmarks: await readStore(app.page, 'bookmarks'),
    notes: await readStore(app.page, 'notes'),
    settings: await readStore(app.page, 'settings'),
  });
}

describe.skipIf(engine().kind === 'none')('restarting on the same profile', () => {
  const launch = appPerTest();

  it('does not ingest again when the dataset did not change, and keeps user data', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    await putRows(app.page, 'bookmarks', USER_ROWS.bookmarks);
    await putRows(app.page, 'notes', USER_ROWS.notes);
    const [meta] = await readStore(app.page, 'datasetMeta');
    const before = await userData(app);
    await app.close();
    // The window remembered its size and position in the app's own data folder.
    expect(JSON.parse(readFileSync(join(profileDir, 'appData', 'Reperes', 'window-state.json'), 'utf8'))).toMatchObject(
      { bounds: { width: 1280, height: 860 }, maximized: false },
    );

    app = await launch({ profileDir, initScripts: [INGEST_OBSERVER] });
    await waitForLibrary(app.page);
    expect((await ingestObservation(app.page)).seen).toBe(false);
    expect(await readStore(app.page, 'datasetMeta')).toEqual([meta]);
    expect(await userData(app)).toBe(before);
  });

  it('ingests a changed dataset and leaves user data byte for byte', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    for (const [store, rows] of Object.entries(USER_ROWS)) await putRows(app.page, store, rows);
    const before = await userData(app);
    await app.close();

    const appPath = appCopyWithDataset((dataset) => ({
      ...dataset,
      version: '0123456789abcdef',
      documents: dataset.documents.map((document, index) =>
        index === 0
          ? { ...document, title: { ...document.title, text: 'Titre révisé par la nouvelle version' } }
          : document,
      ),
    }));
    app = await launch({ profileDir, appPath, initScripts: [INGEST_OBSERVER] });
    await waitForLibrary(app.page);
    expect((await ingestObservation(app.page)).seen).toBe(true);
    expect(await app.page.locator('.card-title').first().textContent()).toBe('Titre révisé par la nouvelle version');
    expect(await readStore(app.page, 'datasetMeta')).toEqual([
      expect.objectContaining({ version: '0123456789abcdef' }),
    ]);
    expect(await userData(app)).toBe(before);
  });
});
