import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_TABLES } from '@shared/backup/tables';
import { personData } from '../../user-data-fixture';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { goTo, openDocument, putRows, readStore, screenshot, waitForLibrary } from '../harness/fixtures';

const USB = mkdtempSync(join(tmpdir(), 'reperes-usb-'));

describe.skipIf(engine().kind === 'none')('backup and restore, as a person moves to a new laptop', () => {
  const launch = appPerTest();

  it('saves a backup on one profile and restores it whole on a fresh one; the same file twice changes nothing', async () => {
    const backupPath = join(USB, 'reperes-backup.json');
    let app = await launch();
    await waitForLibrary(app.page);
    const data = { ...personData(), settings: [{ key: 'language', value: 'fr' }] };
    for (const table of USER_TABLES) await putRows(app.page, table, data[table]);
    await goTo(app.page, '#/data');
    await app.answerNextSaveDialog({ canceled: false, filePath: backupPath });
    await app.page.getByRole('button', { name: /Enregistrer une sauvegarde|Save a backup/u }).click();
    await app.page.locator('.data-success').waitFor();
    const saved = JSON.parse(readFileSync(backupPath, 'utf8')) as { format: string; data: typeof data };
    expect(saved.format).toBe('reperes-backup');
    expect(saved.data.notes.map((note) => note.id).sort()).toEqual(['n1', 'n2', 'n3']);
    await app.close();

    app = await launch();
    await waitForLibrary(app.page);
    await goTo(app.page, '#/data');
    await app.answerNextOpenDialog({ canceled: false, filePaths: [backupPath] });
    await app.page.getByRole('button', { name: /Choisir une sauvegarde|Choose a backup/u }).click();
    await app.page.locator('.import-preview').waitFor();
    expect(await app.page.locator('.preview-table tbody tr').first().locator('td').first().textContent()).toBe('2');
    await screenshot(app.page, 'backup-preview');
    await app.page.getByRole('button', { name: /^(Restaurer|Restore)$/u }).click();
    await app.page.locator('.data-success').waitFor();
    expect((await readStore(app.page, 'notes')).length).toBe(3);
    expect((await readStore(app.page, 'bookmarks')).length).toBe(2);

    await openDocument(app.page, 'regional-consultative-processes');
    await app.page.locator('.margin-notes .note-card').first().waitFor();

    await goTo(app.page, '#/data');
    await app.answerNextOpenDialog({ canceled: false, filePaths: [backupPath] });
    await app.page.getByRole('button', { name: /Choisir une sauvegarde|Choose a backup/u }).click();
    await app.page.getByRole('button', { name: /Rien à restaurer|Nothing to restore/u }).waitFor();
  });

  it('refuses a file that is not a backup, says why, and changes nothing', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const hostile = join(USB, 'notes.json');
    writeFileSync(
      hostile,
      '{"format":"reperes-backup","version":2,"exportedAt":"2026-01-01T00:00:00.000Z","app":{"version":"1"},"data":{"bookmarks":[],"settings":[],"notes":[{"id":"x","body":"<script>alert(1)</script>"}]}}',
    );
    await goTo(app.page, '#/data');
    await app.answerNextOpenDialog({ canceled: false, filePaths: [hostile] });
    await app.page.getByRole('button', { name: /Choisir une sauvegarde|Choose a backup/u }).click();
    const alert = app.page.locator('.data-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/ne peut pas être restauré|cannot be restored/u);
    expect(await alert.textContent()).toMatch(/data\.notes\[0\]/u);
    expect(await readStore(app.page, 'notes')).toEqual([]);
    await screenshot(app.page, 'backup-refused');
  });
});
