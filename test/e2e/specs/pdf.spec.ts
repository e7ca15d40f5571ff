import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, type AppHandle } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { bundledDataset, goTo, noteRow, openDocument, seedNotes, waitForLibrary } from '../harness/fixtures';
import { pdfPageTexts } from '../harness/pdf-text';

const dataset = bundledDataset();
const DOC = 'regional-consultative-processes';
const document = dataset.documents.find((candidate) => candidate.id === DOC);
const OUT = mkdtempSync(join(tmpdir(), 'reperes-pdf-'));
const NOTE_BODY = 'Vérifier la liste des observateurs avant la réunion de mars.';

/** Compared without spaces: a PDF's text breaks lines where the page did. */
const squeeze = (text: string): string => text.replace(/\s+/gu, '');
const pageOf = (pages: string[], text: string): number =>
  pages.findIndex((page) => squeeze(page).includes(squeeze(text)));
const opening = (text: string): string => text.split(' ').slice(0, 8).join(' ');

/** The document's paragraphs with their English, in order. */
const paragraphs = (document?.blocks ?? []).flatMap((block) => {
  if (block.kind !== 'paragraph') return [];
  const english = document?.english?.blocks[block.id]?.text;
  return english ? [{ id: block.id, fr: block.text, en: english }] : [];
});

/** A person's note on the reference page: on a passage (`blockId`) or on the whole document (null). */
const note = (id: string, blockId: string | null, fields: Record<string, unknown> = {}) =>
  noteRow(id, DOC, blockId, { body: NOTE_BODY, ...fields });

async function savePdf(
  page: Page,
  app: Pick<AppHandle, 'answerNextSaveDialog'>,
  name: string,
  withNotes: boolean,
): Promise<string> {
  const path = join(OUT, name);
  await page.keyboard.press('Control+p');
  const popover = page.locator('.pdf-popover');
  await popover.waitFor();
  const box = popover.locator('input[type="checkbox"]');
  if ((await box.isChecked()) !== withNotes) await box.click();
  await app.answerNextSaveDialog({ canceled: false, filePath: path });
  await popover.locator('.button.primary').click();
  await page.locator('.pdf-status', { hasText: /./u }).filter({ hasNotText: '…' }).waitFor();
  return path;
}

describe.skipIf(engine().kind === 'none')('save as PDF', () => {
  const launch = appPerTest();

  it('prints side by side with both languages of each passage on one page, the notes, and no controls', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    await seedNotes(app.page, [
      note('pdf-note', paragraphs[1]?.id ?? null, {
        quote: { type: 'TextQuoteSelector', exact: 'États membres', prefix: '', suffix: '' },
        colour: 'green',
      }),
    ]);
    await openDocument(app.page, DOC);
    await app.page.locator('[data-reading-mode="both"]').click();
    await app.page.locator('.block-pair').first().waitFor();
    await app.page.locator('.margin-notes .note-card').first().waitFor();

    const pages = await pdfPageTexts(await savePdf(app.page, app, 'both.pdf', true));
    expect(pages.length).toBeGreaterThan(1);
    expect(paragraphs.length).toBeGreaterThan(4);
    for (const { id, fr, en } of paragraphs) {
      const french = pageOf(pages, opening(fr));
      expect(french, `${id} in French`).toBeGreaterThanOrEqual(0);
      expect(pageOf(pages, opening(en)), `${id} in English, on the page of its French`).toBe(french);
    }
    expect(pageOf(pages, NOTE_BODY)).toBeGreaterThanOrEqual(0);
    const all = pages.join(' ');
    for (const control of ['Bibliothèque', 'Sommaire', 'Signet sur le document', 'Enregistrer en PDF', 'Lire :']) {
      expect(all).not.toContain(control);
    }
    // Paper has no tooltips: the terms the document mentions are listed at its end.
    const glossaryPage = pageOf(pages, 'Sigles et organismes cités');
    expect(glossaryPage).toBeGreaterThanOrEqual(pageOf(pages, opening(paragraphs.at(-1)?.fr ?? '?')));
    expect(squeeze(pages[glossaryPage] ?? '').toLowerCase()).toContain(squeeze('pcr processus consultatifs régionaux'));
    // The running lines: the title above, the dataset and page numbers below.
    expect(pages[0]).toContain(document?.title.text);
    expect(pages[0]).toMatch(new RegExp(`1 / ${pages.length}`, 'u'));
    expect(await app.page.locator('html').getAttribute('data-print-notes')).toBeNull();
  });

  it('prints every note of a margin that shows only its first few on screen', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    const passage = paragraphs[1]?.id ?? null;
    const bodies = Array.from({ length: 6 }, (_unused, index) => `Point ${index + 1} à vérifier pour mars.`);
    await seedNotes(
      app.page,
      bodies.map((body, index) => note(`pdf-fold-${index}`, passage, { body, createdAt: index + 1 })),
    );
    await openDocument(app.page, DOC);
    const cards = app.page.locator(`#block-${passage} .margin-notes .note-card`);
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);

    const pages = await pdfPageTexts(await savePdf(app.page, app, 'folded.pdf', true));
    for (const body of bodies) expect(pageOf(pages, body), body).toBeGreaterThanOrEqual(0);
    // Back on screen, the margin is as the person left it.
    await expect.poll(() => cards.count()).toBe(3);
  });

  it('prints French alone and English alone, without the notes when asked', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    await seedNotes(app.page, [note('pdf-note-2', null)]);
    await openDocument(app.page, DOC);
    await app.page.locator('[data-reading-mode="fr"]').click();
    const pages = await pdfPageTexts(await savePdf(app.page, app, 'fr.pdf', false));
    const first = paragraphs[0];
    expect(pageOf(pages, opening(first?.fr ?? '?'))).toBeGreaterThanOrEqual(0);
    expect(pageOf(pages, opening(first?.en ?? '?'))).toBe(-1);
    expect(pageOf(pages, NOTE_BODY)).toBe(-1);

    // English alone: the English text, not the French.
    await app.page.locator('[data-reading-mode="en"]').click();
    // The setting is saved, then the document rendered again in English: wait for it.
    await app.page.locator('[data-reading-mode="en"][aria-pressed="true"]').waitFor();
    await app.page.locator('.document-body [data-language="en"]').first().waitFor();
    const english = await pdfPageTexts(await savePdf(app.page, app, 'en.pdf', false));
    expect(pageOf(english, opening(first?.en ?? '?'))).toBeGreaterThanOrEqual(0);
    expect(pageOf(english, opening(first?.fr ?? '?'))).toBe(-1);
  });

  it('writes nothing when the person cancels the save dialog', async () => {
    const app = await launch({ locale: 'en-GB' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.keyboard.press('Control+p');
    await app.page.locator('.pdf-popover .button.primary').click();
    const before = readdirSync(OUT);
    await expect.poll(async () => (await app.dialogs()).filter((dialog) => dialog.kind === 'save').length).toBe(1);
    await expect.poll(() => app.page.locator('.pdf-status').textContent()).toBe('');
    expect(readdirSync(OUT)).toEqual(before);
  });

  it('prints on paper through the system dialog, with the notes asked for set while it prints', async () => {
    const printed = `(() => {
      window.e2ePrinted = [];
      window.print = () => window.e2ePrinted.push(document.documentElement.getAttribute('data-print-notes'));
    })()`;
    const app = await launch({ locale: 'fr-FR', initScripts: [printed] });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.keyboard.press('Control+p');
    await app.page.locator('.pdf-popover [data-print-paper]').click();
    expect(await app.page.evaluate('window.e2ePrinted')).toEqual(['without']);
    expect(await app.page.locator('html').getAttribute('data-print-notes')).toBeNull();
  });

  it('saves the Notes view as a PDF with every note it lists, not only the screenful drawn', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    await seedNotes(
      app.page,
      Array.from({ length: 60 }, (_unused, index) =>
        note(`pdf-list-${index}`, paragraphs[index % paragraphs.length]?.id ?? null, {
          body: `Note numéro ${index} pour la réunion`,
          tags: ['réunion'],
          createdAt: 1_700_000_000_000 + index,
          updatedAt: 1_700_000_000_000 + index,
        }),
      ),
    );
    await goTo(app.page, '#/notes');
    await app.page.locator('.note-list-item').first().waitFor();
    expect(await app.page.locator('.virtual-list .note-list-item').count()).toBeLessThan(60);
    const path = join(OUT, 'notes.pdf');
    await app.answerNextSaveDialog({ canceled: false, filePath: path });
    await app.page.locator('[data-notes-pdf]').click();
    await app.page.locator('.pdf-status', { hasText: /./u }).filter({ hasNotText: '…' }).waitFor();
    const text = (await pdfPageTexts(path)).join(' ');
    for (const index of [0, 29, 59]) expect(text).toContain(`Note numéro ${index} pour la réunion`);
    expect(text).toContain(document?.title.text);
    expect(text).not.toContain('Grouper par');
    expect(await app.page.locator('.notes-print').count()).toBe(0);
  });
});
