import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, newProfileDir } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import {
  appCopyWithDataset,
  goTo,
  noteRow,
  openDocument,
  readStore,
  screenshot,
  seedNotes,
  waitForLibrary,
} from '../harness/fixtures';

const DOC = 'regional-consultative-processes';
const PASSAGE = 'p-06327f87';

/** Selects `words` in a passage's French text with a DOM range, as a mouse drag would. */
async function selectWords(page: Page, blockId: string, words: string): Promise<void> {
  await page.evaluate(
    `(() => {
      const element = document.querySelector('#block-${blockId} [data-passage-id]');
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(${JSON.stringify(words)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${JSON.stringify(words)}.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error('words not found');
    })()`,
  );
}

type NoteRowLike = { body: string; tags: string[]; colour: string | null; quote: { exact: string; prefix: string } };
const notesOf = async (page: Page): Promise<NoteRowLike[]> => (await readStore(page, 'notes')) as NoteRowLike[];

describe.skipIf(engine().kind === 'none')('bookmarks, highlights and notes', () => {
  const launch = appPerTest();

  it('highlights selected words with the mouse, writes a note with a tag, and finds both after a restart', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const page = app.page;

    await selectWords(page, PASSAGE, 'États membres');
    await page
      .getByRole('toolbar')
      .getByRole('button', { name: /vert|green/iu })
      .click();
    await expect
      .poll(() => page.locator(`#block-${PASSAGE} mark[data-layer="highlight"]`).textContent())
      .toBe('États membres');
    expect(await page.locator(`#block-${PASSAGE} mark[data-layer="highlight"]`).getAttribute('data-colour')).toBe(
      'green',
    );

    await selectWords(page, PASSAGE, 'observateurs');
    await page.getByRole('toolbar').getByRole('button', { name: 'Note' }).click();
    const editor = page.locator('.note-editor textarea');
    await editor.waitFor();
    await editor.fill('À *revoir* avant la réunion');
    await page.locator('.note-editor .tag-input').fill('PCR');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Terminé|Done/u }).click();
    await expect
      .poll(async () => (await notesOf(page)).map((note) => note.body).sort())
      .toEqual(['', 'À *revoir* avant la réunion']);
    const card = page.locator('.margin-notes .note-card').filter({ hasText: 'revoir' });
    expect(await card.locator('.note-body em').textContent()).toBe('revoir');
    expect(await card.locator('.tag').textContent()).toBe('PCR');

    // The search worker follows the reader's writes: the note is found as one of "Your notes".
    await page.locator('.search-field input').fill('revoir');
    const yourNotes = page.locator('.search-group', {
      has: page.getByRole('heading', { name: /Vos notes|Your notes/u }),
    });
    await yourNotes.locator('.search-hit a').first().click();
    await page.waitForFunction((id) => window.location.hash.endsWith(`/${id}`), PASSAGE);

    await app.close();
    app = await launch({ profileDir });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.locator('.margin-notes .note-card').first().waitFor();
    expect(await app.page.locator(`#block-${PASSAGE} mark[data-layer="highlight"]`).count()).toBe(2);
    const notes = await notesOf(app.page);
    expect(notes.find((note) => note.body !== '')).toMatchObject({ tags: ['PCR'], quote: { exact: 'observateurs' } });
  });

  it('bookmarks, highlights and notes with the keyboard only', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const page = app.page;
    // Tab reaches the passage's buttons; focus one as Tab would.
    await page.locator(`#block-${PASSAGE} .passage-action`).first().focus();
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(1);
    // The button follows the store through a live query: a render after the write.
    await expect
      .poll(() => page.locator(`#block-${PASSAGE} .passage-action`).first().getAttribute('aria-pressed'))
      .toBe('true');

    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('h');
    await expect.poll(async () => (await notesOf(page)).length).toBe(1);
    const [highlight] = await notesOf(page);
    expect(highlight?.colour).toBe('yellow');
    expect(highlight?.quote.exact.trim()).toBe('Les PCR');

    await page.locator(`#block-${PASSAGE} .passage-action`).first().focus();
    await page.keyboard.press('n');
    await page.locator('.note-editor textarea').waitFor();
    await page.keyboard.type('Note au clavier');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await notesOf(page)).map((note) => note.body)).toContain('Note au clavier');
  });

  it('renders a hostile note as text: no image, no script, no javascript: link', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const page = app.page;
    await page.locator(`#block-${PASSAGE} .passage-action`).nth(1).click();
    await page
      .locator('.note-editor textarea')
      .fill(
        '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> [clic](javascript:window.pwned=3) **gras**',
      );
    await page.getByRole('button', { name: /Terminé|Done/u }).click();
    const body = page.locator('.margin-notes .note-body');
    await body.locator('strong').waitFor();
    expect(await body.locator('img, script, iframe').count()).toBe(0);
    expect(await body.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(app.requests().filter((url) => url.includes('/x'))).toEqual([]);
  });

  it('lists notes and bookmarks in their views, filters as you type, and undoes a deletion', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const page = app.page;
    await selectWords(page, PASSAGE, 'États membres');
    await page
      .getByRole('toolbar')
      .getByRole('button', { name: /bleu|blue/iu })
      .click();
    await page.locator(`#block-${PASSAGE} .passage-action`).first().click();
    await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(1);

    await goTo(page, '#/notes');
    await page.locator('.note-list-item').first().waitFor();
    await page.locator('.list-filter').fill('etats');
    await expect.poll(() => page.locator('.note-list-item').count()).toBe(1);
    await page.locator('.list-filter').fill('introuvable');
    await expect.poll(() => page.locator('.note-list-item').count()).toBe(0);
    await page.locator('.list-filter').fill('');
    await page
      .locator('.note-list-item')
      .getByRole('button', { name: /Supprimer|Delete/u })
      .click();
    await expect.poll(async () => (await notesOf(page)).length).toBe(0);
    await page
      .locator('.undo-toast')
      .getByRole('button', { name: /Annuler|Undo/u })
      .click();
    await expect.poll(async () => (await notesOf(page)).length).toBe(1);

    await goTo(page, '#/bookmarks');
    await page.locator('.bookmark-item').first().waitFor();
    expect(await page.locator('.bookmark-item .bookmark-passage').textContent()).toContain('États membres');
    await page.locator('.bookmark-item').getByRole('button').click();
    await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readStore(page, 'bookmarks')).length).toBe(1);
  });

  it('lists every note of a person with more than one read of them, and stays live once they are all in', async () => {
    const app = await launch({ locale: 'en-GB' });
    await waitForLibrary(app.page);
    const page = app.page;
    // 600 notes: three reads of 250, with a wait for the page to be idle before each after the first.
    await seedNotes(
      page,
      Array.from({ length: 600 }, (_unused, index) =>
        noteRow(`many-${String(index).padStart(3, '0')}`, DOC, PASSAGE, {
          body: `Point ${index}`,
          createdAt: index + 1,
          updatedAt: index + 1,
        }),
      ),
    );
    await goTo(page, '#/notes');
    // Read 250 at a time when the page is idle, just after a reload: more than expect.poll's default second.
    await expect.poll(() => page.locator('.list-count').textContent(), { timeout: 15_000 }).toBe('600 notes');
    await page.locator('.list-filter').fill('point 5');
    // Each word anywhere: the 195 numbers below 600 with a 5 in them.
    await expect.poll(() => page.locator('.list-count').textContent()).toBe('195 notes');
    await page.locator('.note-list-item').first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.list-count').textContent()).toBe('194 notes');
  });

  it('keeps the text typed when the disk is full, says so, and saves it once there is room', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const page = app.page;
    await page.locator(`#block-${PASSAGE} .passage-action`).nth(1).click();
    const editor = page.locator('.note-editor textarea');
    await editor.waitFor();
    // The test's stand-in for a full disk: every IndexedDB write from now on fails as Chromium's do.
    await page.evaluate(`(() => {
      const put = IDBObjectStore.prototype.put;
      const update = IDBCursor.prototype.update;
      const full = () => { throw new DOMException('The disk is full', 'QuotaExceededError'); };
      IDBObjectStore.prototype.put = full;
      IDBCursor.prototype.update = full;
      window.e2eRestoreWrites = () => {
        IDBObjectStore.prototype.put = put;
        IDBCursor.prototype.update = update;
      };
    })()`);
    await editor.fill('Une phrase à ne pas perdre');
    await page
      .getByRole('alert')
      .filter({ hasText: /disque est plein|disk is full/u })
      .waitFor();
    expect(await editor.inputValue()).toBe('Une phrase à ne pas perdre');
    expect((await notesOf(page)).map((note) => note.body)).toEqual(['']);

    await page.evaluate('window.e2eRestoreWrites()');
    await page.getByRole('button', { name: /Réessayer|Try again/u }).click();
    await expect
      .poll(async () => (await notesOf(page)).map((note) => note.body))
      .toEqual(['Une phrase à ne pas perdre']);
    // The alert goes once the save's answer is rendered, just after the write.
    await page.getByRole('alert').waitFor({ state: 'detached' });
  });

  it('after a new dataset version, moves one note, detaches another, and the library says so', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    // A highlight on the first paragraph, which the new version rewrites around the words…
    await selectWords(app.page, 'p-dc4f13e7', 'dialogues régionaux');
    await app.page
      .getByRole('toolbar')
      .getByRole('button', { name: /jaune|yellow/iu })
      .click();
    await expect.poll(async () => (await notesOf(app.page)).length).toBe(1);
    // …and one on the second, which it removes.
    await selectWords(app.page, PASSAGE, 'États membres');
    await app.page
      .getByRole('toolbar')
      .getByRole('button', { name: /rose|pink/iu })
      .click();
    await expect.poll(async () => (await notesOf(app.page)).length).toBe(2);
    await app.close();

    const appPath = appCopyWithDataset((dataset) => ({
      ...dataset,
      documents: dataset.documents.map((document) =>
        document.id !== DOC
          ? document
          : {
              ...document,
              blocks: document.blocks.flatMap((block) => {
                if (block.id === PASSAGE) return [];
                if (block.id === 'p-dc4f13e7' && block.kind === 'paragraph') {
                  return [{ ...block, id: 'p-0f0f0f0f', text: `Depuis les années 1990, ${block.text}` }];
                }
                return [block];
              }),
            },
      ),
    }));
    app = await launch({ profileDir, appPath });
    const report = app.page.locator('.reanchor-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.locator('p').textContent()).toMatch(
      /0 notes? inchangée?s?, 1 déplacée, 1 sans emplacement|0 notes unchanged, 1 moved, 1 without a place/u,
    );
    await screenshot(app.page, 'reanchor-report');
    await report.locator('details').first().locator('summary').click();
    await report.getByRole('link', { name: 'dialogues régionaux' }).click();
    await app.page.waitForFunction(() => window.location.hash.endsWith('/p-0f0f0f0f'));
    expect(await app.page.locator('#block-p-0f0f0f0f mark[data-layer="highlight"]').textContent()).toBe(
      'dialogues régionaux',
    );
    expect(await app.page.locator('.document-notes.detached .note-quote').textContent()).toBe('États membres');
  });
});
