import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, type LaunchOptions } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { goTo, noteRow, openDocument, seedNotes, waitForLibrary } from '../harness/fixtures';

const DOC = 'regional-consultative-processes';
const PASSAGE = 'p-06327f87';
const NOTE_COUNT = 6;

describe.skipIf(engine().kind === 'none')('a margin with many notes', () => {
  const launch = appPerTest();

  /** The app with six notes on one passage, on the library; then, if asked, that document open. */
  async function withSixNotes(locale: LaunchOptions['locale'], open: boolean): Promise<Page> {
    const app = await launch({ locale });
    await waitForLibrary(app.page);
    await seedNotes(
      app.page,
      Array.from({ length: NOTE_COUNT }, (_unused, index) =>
        noteRow(`fold-${index}`, DOC, PASSAGE, {
          body: `Remarque numéro ${index + 1}`,
          createdAt: index + 1,
          updatedAt: index + 1,
        }),
      ),
    );
    if (open) {
      await openDocument(app.page, DOC);
      await app.page.locator(`#block-${PASSAGE} .margin-notes .note-card`).first().waitFor();
    }
    return app.page;
  }

  /** Writes a new note on the passage from the keyboard, leaving its editor open. */
  async function writeNote(page: Page, text: string): Promise<void> {
    await page.locator(`#block-${PASSAGE} .passage-action`).first().focus();
    await page.keyboard.press('n');
    await page.locator('.note-editor textarea').waitFor();
    await page.keyboard.type(text);
  }

  it('shows the first three notes and unfolds the others on request, from the keyboard too', async () => {
    const page = await withSixNotes('fr-FR', true);
    const margin = page.locator(`#block-${PASSAGE} .margin-notes`);
    expect(await margin.getAttribute('aria-label')).toBe('6 notes sur ce passage');
    expect(await margin.locator('.note-card').allTextContents()).toEqual([
      expect.stringContaining('Remarque numéro 1'),
      expect.stringContaining('Remarque numéro 2'),
      expect.stringContaining('Remarque numéro 3'),
    ]);
    const fold = margin.getByRole('button', { name: 'Afficher 3 autres notes' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');

    await fold.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => margin.locator('.note-card').count()).toBe(NOTE_COUNT);
    const unfold = margin.getByRole('button', { name: 'Afficher moins de notes' });
    expect(await unfold.getAttribute('aria-expanded')).toBe('true');
    await unfold.click();
    await expect.poll(() => margin.locator('.note-card').count()).toBe(3);
  });

  it('keeps a note just written on a folded margin in sight once its editor closes', async () => {
    const page = await withSixNotes('fr-FR', true);
    const margin = page.locator(`#block-${PASSAGE} .margin-notes`);
    await writeNote(page, 'Écrite à l’instant');
    await page.keyboard.press('Escape');
    await margin.locator('.note-card', { hasText: 'Écrite à l’instant' }).waitFor();
    expect(await margin.locator('.note-card').count()).toBe(NOTE_COUNT + 1);
    expect(await margin.locator('.margin-notes-fold').getAttribute('aria-expanded')).toBe('true');
  });

  it('folds again while a note beyond the fold is open, keeping that note and its editor', async () => {
    const page = await withSixNotes('fr-FR', true);
    const margin = page.locator(`#block-${PASSAGE} .margin-notes`);
    await writeNote(page, 'Encore ouverte');
    await margin.getByRole('button', { name: 'Afficher moins de notes' }).click();
    // The first three, and the one being written.
    await expect.poll(() => margin.locator('.note-card').count()).toBe(4);
    expect(await margin.locator('.note-editor textarea').inputValue()).toBe('Encore ouverte');
    expect(await margin.getByRole('button', { name: 'Afficher 3 autres notes' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  it('opens unfolded on the passage a note was opened from', async () => {
    const page = await withSixNotes('en-GB', false);
    await goTo(page, '#/notes');
    await page.locator('.note-list-item', { hasText: 'Remarque numéro 6' }).getByRole('link').click();
    const margin = page.locator(`#block-${PASSAGE} .margin-notes`);
    await margin.locator('.note-card').first().waitFor();
    expect(await margin.locator('.note-card').count()).toBe(NOTE_COUNT);
    expect(await margin.getByRole('button', { name: 'Show fewer notes' }).getAttribute('aria-expanded')).toBe('true');
  });
});
