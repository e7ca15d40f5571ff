import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, launchApp, type AppHandle } from '../harness/app-handle';
import { aboutDocumentOf, libraryPagesOf } from '../../dataset-fixture';
import { bundledDataset, goTo, openDocument, screenshot, waitForLibrary } from '../harness/fixtures';

const dataset = bundledDataset();

describe.skipIf(engine().kind === 'none')('reading', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await launchApp();
    await waitForLibrary(app.page);
  });
  afterAll(async () => app?.close());

  it.each(dataset.documents.map((document) => [document.id, document] as const))(
    'shows every block of %s',
    async (id, document) => {
      await openDocument(app.page, id);
      const page = app.page;
      expect(await page.locator('#document-title').textContent()).toBe(document.title.text);
      expect(await page.locator('.document-body > .block').count()).toBe(document.blocks.length);
      const blockIds = await page
        .locator('.document-body > .block')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-block-id')));
      expect(blockIds).toEqual(document.blocks.map((block) => block.id));
      const items = document.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
      expect(await page.locator('.document-body li[data-block-id]').count()).toBe(items.length);
    },
  );

  it('jumps to each section of the 002 table of contents', async () => {
    const reference = dataset.documents.find((candidate) => candidate.id === 'regional-consultative-processes');
    await openDocument(app.page, 'regional-consultative-processes');
    const page = app.page;
    const headings = (reference?.blocks ?? []).filter((block) => block.kind === 'heading');
    expect(await page.locator('.toc a').count()).toBe(headings.length);
    for (const heading of headings.filter((block) => block.kind === 'heading' && block.level === 2)) {
      await page
        .locator('.toc')
        .getByRole('link', { name: heading.kind === 'heading' ? heading.text : '', exact: true })
        .click();
      await page.waitForFunction((id) => window.location.hash.endsWith(`/${id}`), heading.id);
      const target = page.locator(`#block-${heading.id}`);
      await expect
        .poll(() =>
          target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)),
        )
        .toBe(true);
      const box = await target.boundingBox();
      expect(box && box.y >= 0 && box.y < 400).toBe(true);
      expect(await target.getAttribute('class')).toContain('is-target');
    }
  });

  it('shows the source as written, with our editorial note beside its error', async () => {
    const note = dataset.documents.find((document) => document.id === 'regional-consultative-processes')
      ?.editorialNotes[0];
    await openDocument(app.page, 'regional-consultative-processes', note?.blockId);
    const block = app.page.locator(`#block-${note?.blockId}`);
    expect(await block.locator('p').first().textContent()).toContain('de 2015');
    expect(await block.locator('.editorial-note').textContent()).toBe(note?.text.fr);
    await screenshot(app.page, 'reader-editorial-note');
  });

  it('opens the right paragraph from its link, even on a fresh load', async () => {
    const statement = dataset.documents.find((candidate) => candidate.id === 'los-angeles-declaration-statement');
    const paragraph = statement?.blocks[4];
    await openDocument(app.page, 'los-angeles-declaration-statement');
    const page = app.page;
    const block = page.locator(`#block-${paragraph?.id}`);
    await block.hover();
    await block.locator('.block-anchor').click();
    await page.waitForFunction(
      (id) => window.location.hash === `#/read/los-angeles-declaration-statement/${id}`,
      paragraph?.id,
    );
    await page.reload();
    await block.waitFor();
    await expect.poll(() => block.getAttribute('class')).toContain('is-target');
    const box = await block.boundingBox();
    expect(box && box.y >= 0 && box.y < 400).toBe(true);
  });

  it('goes back and forward through documents', async () => {
    const page = app.page;
    await goTo(page, '#/');
    await waitForLibrary(page);
    const [first, second] = libraryPagesOf(dataset);
    await page.locator(`[data-document-id="${first?.id}"] a`).click();
    await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, first?.id);
    await page.locator('.pager-next').click();
    await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, second?.id);
    // The reader stays mounted: the first title shows until the second document is read.
    await page.locator(`.reader[data-document-id="${second?.id}"]`).waitFor();
    expect(await page.locator('#document-title').textContent()).toBe(second?.title.text);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, first?.id);
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, second?.id);
    await page.getByRole('button', { name: 'Précédent', exact: true }).click();
    await page.getByRole('button', { name: 'Précédent', exact: true }).click();
    await waitForLibrary(page);
  });

  it('shows the About IOM page from the navigation', async () => {
    const page = app.page;
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'À propos de l’OIM' })
      .click();
    await page.locator('.document-body').waitFor();
    expect(await page.locator('.document-body > .block').count()).toBe(aboutDocumentOf(dataset).blocks.length);
    expect(await page.locator('.pager').count()).toBe(0);
  });
});
