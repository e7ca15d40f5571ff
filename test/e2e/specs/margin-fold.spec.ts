import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { goTo, openDocument, putRows, waitForLibrary } from '../harness/fixtures';

const DOC = 'regional-consultative-processes';
const PASSAGE = 'p-06327f87';
const NOTE_COUNT = 6;

/** Six notes on one passage, written past Dexie; then a reload, so the app reads them afresh. */
async function seedSixNotes(page: Page): Promise<void> {
  await putRows(
    page,
    'notes',
    Array.from({ length: NOTE_COUNT }, (_unused, index) => ({
      id: `fold-${index}`,
      target: { docId: DOC, blockId: PASSAGE, itemId: null, language: 'fr' },
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: null,
      body: `Remarque numéro ${index + 1}`,
      colour: null,
      tags: [],
      anchorState: 'anchored',
      createdAt: index + 1,
      updatedAt: index + 1,
    })),
  );
  await goTo(page, '#/');
  await page.reload();
  await waitForLibrary(page);
}

describe.skipIf(engine().kind === 'none')('a margin with many notes', () => {
  const launch = appPerTest();

  it('shows the first three notes and unfolds the others on request, from the keyboard too', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    await seedSixNotes(app.page);
    await openDocument(app.page, DOC);
    const margin = app.page.locator(`#block-${PASSAGE} .margin-notes`);
    await margin.locator('.note-card').first().waitFor();
    expect(await margin.getAttribute('aria-label')).toBe('6 notes sur ce passage');
    expect(await margin.locator('.note-card').allTextContents()).toEqual([
      expect.stringContaining('Remarque numéro 1'),
      expect.stringContaining('Remarque numéro 2'),
      expect.stringContaining('Remarque numéro 3'),
    ]);
    const fold = margin.getByRole('button', { name: 'Afficher 3 autres notes' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');

    await fold.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => margin.locator('.note-card').count()).toBe(NOTE_COUNT);
    const unfold = margin.getByRole('button', { name: 'Afficher moins de notes' });
    expect(await unfold.getAttribute('aria-expanded')).toBe('true');
    await unfold.click();
    await expect.poll(() => margin.locator('.note-card').count()).toBe(3);
  });

  it('keeps a note just written on a folded margin in sight once its editor closes', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    await seedSixNotes(app.page);
    await openDocument(app.page, DOC);
    const margin = app.page.locator(`#block-${PASSAGE} .margin-notes`);
    await margin.locator('.note-card').first().waitFor();
    await app.page.locator(`#block-${PASSAGE} .passage-action`).first().focus();
    await app.page.keyboard.press('n');
    await app.page.locator('.note-editor textarea').waitFor();
    await app.page.keyboard.type('Écrite à l’instant');
    await app.page.keyboard.press('Escape');
    await margin.locator('.note-card', { hasText: 'Écrite à l’instant' }).waitFor();
    expect(await margin.locator('.note-card').count()).toBe(NOTE_COUNT + 1);
    expect(await margin.locator('.margin-notes-fold').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens unfolded on the passage a note was opened from', async () => {
    const app = await launch({ locale: 'en-GB' });
    await waitForLibrary(app.page);
    await seedSixNotes(app.page);
    await goTo(app.page, '#/notes');
    await app.page.locator('.note-list-item', { hasText: 'Remarque numéro 6' }).getByRole('link').click();
    const margin = app.page.locator(`#block-${PASSAGE} .margin-notes`);
    await margin.locator('.note-card').first().waitFor();
    expect(await margin.locator('.note-card').count()).toBe(NOTE_COUNT);
    expect(await margin.getByRole('button', { name: 'Show fewer notes' }).getAttribute('aria-expanded')).toBe('true');
  });
});
