import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_TABLES } from '@shared/backup/tables';
import { bundledDataset } from '../../dataset-fixture';
import { personData } from '../../user-data-fixture';
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

// Read in French, so that the French title a new dataset revises is the one on screen.
const USER_ROWS = { ...personData(), settings: [{ key: 'language', value: 'fr' }] };

/** Everything a person owns, as the app stored it, to compare byte for byte across restarts. */
async function userData(app: AppHandle): Promise<string> {
  const rows: Record<string, unknown[]> = {};
  for (const table of USER_TABLES) rows[table] = await readStore(app.page, table);
  return JSON.stringify(rows);
}

describe.skipIf(engine().kind === 'none')('restarting on the same profile', () => {
  const launch = appPerTest();

  it('does not ingest again when the dataset did not change, and keeps user data', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    for (const table of USER_TABLES) await putRows(app.page, table, USER_ROWS[table]);
    const [meta] = await readStore(app.page, 'datasetMeta');
    const before = await userData(app);
    await app.close();
    // The window remembered its size and position in the app's own data folder. What both
    // engines share is asserted: a real window's bounds include its frame, the harness's do not.
    const saved = JSON.parse(readFileSync(join(profileDir, 'appData', 'Reperes', 'window-state.json'), 'utf8'));
    expect(saved).toEqual({
      bounds: { x: expect.any(Number), y: expect.any(Number), width: expect.any(Number), height: expect.any(Number) },
      maximized: false,
    });
    expect(saved.bounds.width).toBeGreaterThanOrEqual(560);
    expect(saved.bounds.height).toBeGreaterThanOrEqual(420);

    app = await launch({ profileDir, initScripts: [INGEST_OBSERVER] });
    await waitForLibrary(app.page);
    expect((await ingestObservation(app.page)).seen).toBe(false);
    expect(await readStore(app.page, 'datasetMeta')).toEqual([meta]);
    expect(await userData(app)).toBe(before);
  });

  it('ingests a changed dataset: bookmarks and settings byte for byte, every note kept and re-anchored', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    for (const table of USER_TABLES) await putRows(app.page, table, USER_ROWS[table]);
    const before = await userData(app);
    await app.close();

    const appPath = appCopyWithDataset((dataset) => ({
      ...dataset,
      documents: dataset.documents.map((document, index) =>
        index === 0
          ? { ...document, title: { ...document.title, text: 'Titre révisé par la nouvelle version' } }
          : document,
      ),
    }));
    app = await launch({ profileDir, appPath, initScripts: [INGEST_OBSERVER] });
    // A warm start shows the stored library at once; the new dataset's ingest follows it.
    await expect
      .poll(() => app.page.locator('.card-title').first().textContent(), { timeout: 30_000 })
      .toBe('Titre révisé par la nouvelle version');
    expect((await ingestObservation(app.page)).seen).toBe(true);
    expect(await readStore(app.page, 'datasetMeta')).toEqual([
      expect.objectContaining({ version: expect.not.stringMatching(bundledDataset().version) }),
    ]);
    // Re-anchoring ran: each note is where it was (its passage did not change), the note on
    // the whole document is placed again, and the report of what became of the notes is kept.
    await expect.poll(async () => (await readStore(app.page, 'settings')).length).toBe(USER_ROWS.settings.length + 1);
    const after = JSON.parse(await userData(app)) as typeof USER_ROWS;
    const expected = JSON.parse(before) as typeof USER_ROWS;
    expect(after.bookmarks).toEqual(expected.bookmarks);
    expect(after.notes).toEqual(
      expected.notes.map((note) => (note.target.blockId === null ? { ...note, anchorState: 'anchored' } : note)),
    );
    expect(after.settings).toEqual([
      ...expected.settings,
      {
        key: 'reanchorReport',
        value: { datasetVersion: expect.any(String), at: expect.any(Number), unchanged: 3, moved: [], detached: [] },
      },
    ]);
  });
});
