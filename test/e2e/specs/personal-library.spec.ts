import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, newProfileDir } from '../harness/app-handle';
import { HARNESS_ORIGIN } from '../harness/electron-stand-in';
import { projectRoot } from '../harness/paths';
import { appPerTest } from '../harness/app-per-test';
import { goTo, openDocument, putRows, readStore, screenshot, seedRows, waitForLibrary } from '../harness/fixtures';
import { importedDocument } from '../../user-data-fixture';

/** The folder a person keeps their pages in. */
const PAGES = mkdtempSync(join(tmpdir(), 'reperes-pages-'));

/** An IOM page export of a shape the bundle does not have: a country office's menu, a dateline with a year. */
const COUNTRY_OFFICE_EXPORT = [
  '-',
  'Qui sommes nous',
  'Qui sommes nousL’OIM est présente au Sénégal depuis 2002.',
  'Ce que nous faisons',
  'Ce que nous faisons',
  '- Où travaillons-nous',
  '-',
  'Agir',
  'Agir',
  '- Données et recherche',
  'Dialogue régional sur la mobilité de la main-d’œuvre à Dakar',
  'Dakar – Le 18 janvier 2024, les représentants de quinze États se sont réunis pour examiner le plan d’action régional sur la migration de main-d’œuvre.',
  'Les participants ont adopté une feuille de route pour 2024-2026.',
  '',
].join('\n');

function writePage(name: string, content: string | Uint8Array): string {
  const path = join(PAGES, name);
  writeFileSync(path, content);
  return path;
}

async function myDocumentTitles(page: Page): Promise<string[]> {
  return page.locator('.my-documents .card-title').allTextContents();
}

describe.skipIf(engine().kind === 'none')('a personal library', () => {
  const launch = appPerTest();

  it('adds a page export from the open dialog: preview, corrected title, saved, read, kept across a restart', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    // The section reads its own table after the library's first paint: wait for it.
    await app.page.locator('.my-documents-empty').waitFor({ state: 'visible', timeout: 5_000 });
    const path = writePage('dakar.txt', COUNTRY_OFFICE_EXPORT);
    await app.answerNextOpenDialog({ canceled: false, filePaths: [path] });
    await app.page
      .locator('.my-documents')
      .getByRole('button', { name: /Ajouter des documents|Add documents/u })
      .click();
    const item = app.page.locator('.import-item').first();
    await item.waitFor();
    // Nothing is written before the person confirms.
    expect(await readStore(app.page, 'importedDocuments')).toEqual([]);
    const title = item.getByRole('textbox', { name: /^(Titre|Title)$/u });
    expect(await title.inputValue()).toBe('Dialogue régional sur la mobilité de la main-d’œuvre à Dakar');
    await title.fill('Dialogue de Dakar, janvier 2024');
    await item.getByRole('textbox', { name: /^Date/u }).fill('2024-01-18');
    await screenshot(app.page, 'import-preview');
    await app.page.getByRole('button', { name: /^(Ajouter 1 document|Add 1 document)$/u }).click();
    await app.page.locator('.data-success').waitFor();
    const [row] = (await readStore(app.page, 'importedDocuments')) as Array<{
      id: string;
      document: { title: { text: string }; date: unknown; language: string };
    }>;
    expect(row?.document.title.text).toBe('Dialogue de Dakar, janvier 2024');
    expect(row?.document.date).toEqual({ iso: '2024-01-18', precision: 'day' });
    expect(row?.document.language).toBe('fr');

    await app.page.locator('.data-success a').first().click();
    await app.page.locator(`.reader[data-document-id="${row?.id}"] .document-body`).waitFor();
    expect(await app.page.locator('.reader .document-body').textContent()).toContain('feuille de route');

    await app.close();
    app = await launch({ profileDir });
    await waitForLibrary(app.page);
    // The section reads its own table after the library's first paint (as on the first start).
    await app.page.locator('.my-documents .card-title').first().waitFor();
    expect(await myDocumentTitles(app.page)).toEqual(['Dialogue de Dakar, janvier 2024']);
    await app.page.locator('.my-documents').scrollIntoViewIfNeeded();
    await screenshot(app.page, 'library-my-documents');
  });

  it('imports a saved web page, Markdown with front matter and a hostile page: no script runs, nothing is fetched', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const fixtures = join(projectRoot, 'test', 'fixtures', 'import');
    await goTo(app.page, '#/import');
    await app.answerNextOpenDialog({
      canceled: false,
      filePaths: ['iom-news-saved.html', 'field-notes.md', 'hostile.html'].map((name) => join(fixtures, name)),
    });
    await app.page.getByRole('button', { name: /Choisir des fichiers|Choose files/u }).click();
    await app.page.locator('.import-item').nth(2).waitFor();
    const titles = await app.page
      .locator('.import-field-title input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    // The article's heading, without the site's name; the front matter's title, never shown as text.
    expect(titles).toEqual([
      'IOM Opens New Migrant Resource Centre in Dakar',
      'Notes de la réunion de coordination',
      'Note de terrain sur la frontière',
    ]);
    const preview = (await app.page.locator('.import-preview-list').textContent()) ?? '';
    expect(preview).not.toMatch(/title:|lang: fr|injecté par un script|svgtext/u);
    await screenshot(app.page, 'import-preview-html');
    await app.page.getByRole('button', { name: /^(Ajouter 3 documents|Add 3 documents)$/u }).click();
    await app.page.locator('.data-success').waitFor();
    const rows = (await readStore(app.page, 'importedDocuments')) as Array<{ document: unknown; format: string }>;
    expect(rows.map((row) => row.format).sort()).toEqual(['html', 'html', 'markdown']);
    expect(JSON.stringify(rows)).not.toMatch(/evil\.example|onerror|onclick|javascript:|<script|pwned/u);
    expect(await app.page.evaluate(() => 'pwned' in window)).toBe(false);
    const own = app.engine === 'electron' ? 'reperes://app/' : `${HARNESS_ORIGIN}/`;
    expect(app.requests().filter((url) => !url.startsWith(own))).toEqual([]);
  });

  it('says a page is already in the library and adds it only once', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const path = writePage('dakar-again.txt', COUNTRY_OFFICE_EXPORT);
    for (let round = 0; round < 2; round += 1) {
      await app.answerNextOpenDialog({ canceled: false, filePaths: [path] });
      await app.page
        .locator('.my-documents, .import-view')
        .getByRole('button', { name: /Ajouter des documents|Add documents|Choisir des fichiers|Choose files/u })
        .first()
        .click();
      await app.page.locator('.import-item').first().waitFor();
      if (round === 0) {
        await app.page.getByRole('button', { name: /^(Ajouter 1 document|Add 1 document)$/u }).click();
        await app.page.locator('.data-success').waitFor();
      }
    }
    await app.page.getByText(/Déjà dans votre bibliothèque|Already in your library/u).waitFor();
    expect(
      await app.page.getByRole('button', { name: /Aucun document à ajouter|No document to add/u }).isDisabled(),
    ).toBe(true);
    expect(await readStore(app.page, 'importedDocuments')).toHaveLength(1);
  });

  it('takes files dropped on the window, refuses what is not a page with a reason, and changes nothing', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await app.page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      // An image renamed .txt: binary, refused.
      transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])], 'photo.txt'));
      transfer.items.add(new File([''], 'empty.txt'));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, COUNTRY_OFFICE_EXPORT);
    await app.page.locator('.import-item').nth(2).waitFor();
    expect(await app.page.locator('.import-item-refused').count()).toBe(2);
    expect(await app.page.locator('.import-item-refused').first().textContent()).toMatch(/pas du texte|not text/u);
    await screenshot(app.page, 'import-refused');
    await app.page.getByRole('button', { name: /^(Annuler|Cancel)$/u }).click();
    expect(await readStore(app.page, 'importedDocuments')).toEqual([]);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const huge = join(PAGES, 'huge.txt');
    const handle = openSync(huge, 'w');
    ftruncateSync(handle, 50 * 1024 * 1024);
    closeSync(handle);
    await goTo(app.page, '#/import');
    await app.answerNextOpenDialog({ canceled: false, filePaths: [huge] });
    await app.page.getByRole('button', { name: /Choisir des fichiers|Choose files/u }).click();
    await app.page.locator('.import-item-refused').waitFor();
    expect(await app.page.locator('.import-item-refused').textContent()).toMatch(/5 Mo|5 MB/u);
    expect(await readStore(app.page, 'importedDocuments')).toEqual([]);
  });

  it('bookmarks, highlights and finds an imported document like a bundled one; a backup carries it', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const row = importedDocument();
    // Seeded with a reload: searched for below, it must be in the search worker's index.
    await seedRows(app.page, 'importedDocuments', [row]);
    await openDocument(app.page, row.id);
    const page = app.page;
    await page.locator('#block-p-1a2b3c4d .passage-action').first().focus();
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(1);
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('h');
    await expect
      .poll(async () =>
        ((await readStore(page, 'notes')) as Array<{ target: { docId: string } }>).map((note) => note.target.docId),
      )
      .toEqual([row.id]);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('border management');
    await page.getByRole('region', { name: row.document.title.text }).locator('.search-hit').first().waitFor();

    await goTo(page, '#/data');
    const backupPath = join(PAGES, 'backup.json');
    await app.answerNextSaveDialog({ canceled: false, filePath: backupPath });
    await page.getByRole('button', { name: /Enregistrer une sauvegarde|Save a backup/u }).click();
    await page.locator('.data-success').waitFor();
    const saved = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      data: { importedDocuments: Array<{ id: string }> };
    };
    expect(saved.data.importedDocuments.map((document) => document.id)).toEqual([row.id]);
  });

  it('pairs a French and an English import and reads them side by side, the English-only passage kept', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const english = importedDocument();
    const french = {
      ...english,
      id: 'my-aaaaaaaaaaaaaaaa',
      contentHash: 'a'.repeat(64),
      fileName: 'dakar-fr.txt',
      document: {
        ...english.document,
        id: 'my-aaaaaaaaaaaaaaaa',
        language: 'fr',
        title: { text: 'Dialogue sur la migration à Dakar', source: 'page' },
        dateline: { place: 'Dakar', dateText: '18 janvier 2024', raw: 'Dakar – 18 janvier 2024 –' },
        blocks: [
          {
            kind: 'paragraph',
            id: 'p-0f0f0f0f',
            text: 'Les responsables se sont réunis pour examiner le plan d’action régional.',
            footnoteMarkers: [],
          },
        ],
      },
    };
    await putRows(app.page, 'importedDocuments', [english, french]);
    await openDocument(app.page, french.id);
    await app.page.getByRole('combobox', { name: /Son édition anglaise|Its English edition/u }).waitFor();
    await app.page.getByRole('button', { name: /Associer et lire côte à côte|Pair and read side by side/u }).click();
    await app.page.locator('.reader-layout.pair').waitFor();
    const paragraph = app.page.locator('#block-p-0f0f0f0f');
    await expect.poll(() => paragraph.textContent()).toContain('Officials met to review the regional action plan.');
    expect(await paragraph.textContent()).toContain('Les responsables se sont réunis');
    // The English list has no French counterpart: it is shown, alone, never dropped.
    expect(await app.page.locator('#block-l-2b3c4d5e').textContent()).toContain('Border management');
    await screenshot(app.page, 'reader-paired-imports');

    // The person corrects the pair: separate the paragraphs, then pair them again.
    await app.page.locator('.alignment-review summary').click();
    await screenshot(app.page, 'reader-alignment-review');
    await app.page.getByRole('button', { name: /^(Séparer|Separate)$/u }).click();
    await expect.poll(() => paragraph.textContent()).not.toContain('Officials met');
    await app.page
      .getByRole('button', { name: /^(Associer|Pair)$/u })
      .first()
      .click();
    await expect.poll(() => paragraph.textContent()).toContain('Officials met to review the regional action plan.');
    const [stored] = (await readStore(app.page, 'importedDocuments')).filter(
      (row) => (row as { id: string }).id === french.id,
    ) as Array<{ alignment: { rows: Array<{ fr: string[]; en: string[]; basis: string }> } }>;
    expect(stored?.alignment.rows.find((row) => row.fr.includes('p-0f0f0f0f'))).toMatchObject({
      en: ['p-1a2b3c4d'],
      basis: 'manual',
    });
    const rows = (await readStore(app.page, 'importedDocuments')) as Array<{ id: string; pairedWith: string | null }>;
    expect(rows.map((row) => [row.id, row.pairedWith]).sort()).toEqual([
      [english.id, french.id],
      [french.id, english.id],
    ]);
  });

  it('deletes a document of the library and brings it back with undo', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const path = writePage('dakar-delete.txt', COUNTRY_OFFICE_EXPORT);
    await app.answerNextOpenDialog({ canceled: false, filePaths: [path] });
    await app.page
      .locator('.my-documents')
      .getByRole('button', { name: /Ajouter des documents|Add documents/u })
      .click();
    await app.page.getByRole('button', { name: /^(Ajouter 1 document|Add 1 document)$/u }).click();
    await app.page.locator('.data-success').waitFor();
    await goTo(app.page, '#/');
    await waitForLibrary(app.page);
    await app.page.getByRole('button', { name: /Supprimer « |Delete “/u }).click();
    await app.page.locator('.my-documents-empty').waitFor();
    expect(await readStore(app.page, 'importedDocuments')).toEqual([]);
    await app.page
      .locator('.undo-toast')
      .getByRole('button', { name: /^(Annuler|Undo)$/u })
      .click();
    await app.page.locator('.my-documents .card').waitFor();
    expect(await readStore(app.page, 'importedDocuments')).toHaveLength(1);
  });
});
