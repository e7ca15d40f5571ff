import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, newProfileDir } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { goTo, INTERFACE_LANGUAGES, openDocument, readStore, waitForLibrary } from '../harness/fixtures';

const RCP = 'regional-consultative-processes';
const PRAGUE = 'i-ea445cc1';
const PARTNERSHIP = 'i-56508ed9';

const field = (page: Page) => page.locator('.search-field input');
const hitLinks = (page: Page) => page.locator('.search-hit a');

/** The id of the first hit, once the results of the whole query typed (not of its first letters) are on screen. */
async function firstHit(page: Page): Promise<string | null> {
  const query = await field(page).inputValue();
  await page.waitForFunction(
    (typed) =>
      document.querySelector('.search-field input')?.getAttribute('aria-busy') === 'false' &&
      (document.querySelector('.search-summary')?.textContent ?? '').includes(typed.trim()),
    query,
  );
  await hitLinks(page).first().waitFor();
  return hitLinks(page).first().getAttribute('data-hit-id');
}

/** The 41st hit for "migration", scrolled into the window: far enough down for the hits above it to be out of sight. */
async function hitFarDown(page: Page): Promise<Locator> {
  await field(page).fill('migration');
  await firstHit(page);
  const far = hitLinks(page).nth(40);
  await far.scrollIntoViewIfNeeded();
  return far;
}

/** Each main view, opened and settled (its own focus moved to its heading) before the shortcut is pressed. */
const VIEWS = [
  { name: 'library', open: (page: Page) => goTo(page, '#/').then(() => waitForLibrary(page)) },
  { name: 'reader', open: (page: Page) => openDocument(page, 'los-angeles-declaration-statement') },
  {
    name: 'glossary',
    open: (page: Page) => goTo(page, '#/glossary').then(() => page.locator('.glossary-entry').first().waitFor()),
  },
  { name: 'about', open: (page: Page) => goTo(page, '#/about').then(() => page.locator('.document-body').waitFor()) },
];

describe.skipIf(engine().kind === 'none')('search', () => {
  const launch = appPerTest();

  for (const { language, locale, catalogue } of INTERFACE_LANGUAGES) {
    it(`is reached with Ctrl+K from every main view and in every reading mode, in ${language}`, async () => {
      const app = await launch({ locale });
      const { page } = app;
      await waitForLibrary(page);
      for (const mode of ['fr', 'en', 'both'] as const) {
        await page.locator(`[data-reading-mode="${mode}"]`).click();
        for (const view of VIEWS) {
          await view.open(page);
          await page.keyboard.press('Control+k');
          expect(
            await page.evaluate(() => document.activeElement?.closest('.search-field') !== null),
            `the field has focus (${mode}, from the ${view.name})`,
          ).toBe(true);
          await page.keyboard.type('Processus de Prague');
          expect(await firstHit(page), `${mode}, from the ${view.name}`).toBe(`${RCP}#${PRAGUE}`);
          expect(await page.locator('#search-title').textContent()).toBe(catalogue.search.title);
          // Shown in the reading language (the interface's when side by side).
          const shown = mode === 'both' ? language : mode;
          expect(await hitLinks(page).first().getAttribute('lang')).toBe(shown);
          await page.keyboard.press('Escape');
          expect(await field(page).inputValue()).toBe('');
        }
      }
      expect(app.consoleErrors()).toEqual([]);
    });
  }

  it('finds a passage through the other language and says so', async () => {
    const { page } = await launch({ locale: 'fr-FR' });
    await waitForLibrary(page);
    await page.locator('[data-reading-mode="fr"]').click();
    await field(page).fill('Eastern Partnership Panel');
    expect(await firstHit(page)).toBe(`${RCP}#${PARTNERSHIP}`);
    const hit = hitLinks(page).first();
    expect(await hit.getAttribute('lang')).toBe('fr');
    expect(await hit.locator('.hit-snippet').textContent()).toContain('Partenariat oriental');
    expect(await hit.locator('.hit-other-language .visually-hidden').textContent()).toBe(
      'Trouvé dans le texte anglais',
    );
  });

  it.each([
    ['fr-FR', 1280],
    ['en-GB', 1180],
  ] as const)('shows a two-word query whole in the header of a window of %s at %i pixels', async (locale, width) => {
    const { page } = await launch({ locale, viewport: { width, height: 800 } });
    await waitForLibrary(page);
    await field(page).fill('coopération régionale');
    await firstHit(page);
    // An input whose text is wider than its box scrolls it: its scroll width is the text's.
    const sizes = await field(page).evaluate((input) => ({ text: input.scrollWidth, box: input.clientWidth }));
    expect(sizes.text).toBeLessThanOrEqual(sizes.box);
    // The reading switch says FR, EN, FR | EN there, its full names kept for screen readers.
    const english = page.locator('[data-reading-mode="en"]');
    expect(await english.locator('> [aria-hidden="true"]').innerText()).toBe('EN');
    expect(await page.getByRole('button', { name: /^(Read in English|Lire en anglais)$/ }).count()).toBe(1);
  });

  it('opens a hit at its passage with the terms highlighted, and Esc brings the results back', async () => {
    const { page } = await launch({ locale: 'en-GB' });
    await waitForLibrary(page);
    await page.locator('[data-reading-mode="en"]').click();
    await field(page).fill('Almaty Process');
    await hitLinks(page).first().click();
    await page.waitForFunction((hash) => window.location.hash === hash, `#/read/${RCP}/i-73fea056`);
    const target = page.locator('#block-i-73fea056');
    await target.locator('mark[data-layer="search-hit"]').first().waitFor();
    expect(await target.locator('mark[data-layer="search-hit"]').allTextContents()).toEqual(['Almaty', 'Process']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('block-i-73fea056');
    expect(await target.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(400);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.location.hash === '#/search');
    expect(await field(page).inputValue()).toBe('Almaty Process');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-hit-id') !== null);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit-id'))).toBe(`${RCP}#i-73fea056`);
  });

  it('comes back from a hit far down the list with that hit where it was in the window', async () => {
    const { page } = await launch({ locale: 'en-GB' });
    await waitForLibrary(page);
    const far = await hitFarDown(page);
    await page.evaluate(() => window.scrollBy(0, -200));
    // The hits that came into sight are laid out at the next frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const id = await far.getAttribute('data-hit-id');
    const top = await far.evaluate((link) => link.getBoundingClientRect().top);
    await far.click();
    await page.waitForFunction(() => window.location.hash !== '#/search');
    await page.keyboard.press('Escape');
    await page.waitForFunction((hitId) => document.activeElement?.getAttribute('data-hit-id') === hitId, id);
    // The hits above it are laid out as they come into sight: the list settles over a few frames.
    await page.waitForFunction(
      ([hitId, was]) => {
        const link = document.querySelector(`.search-hit a[data-hit-id="${CSS.escape(hitId!)}"]`);
        return link !== null && Math.abs(link.getBoundingClientRect().top - was) < 2;
      },
      [id, top] as const,
      { timeout: 2000 },
    );
  });

  it('leaves the list where the person scrolls it just after coming back from a hit', async () => {
    const { page } = await launch({ locale: 'en-GB' });
    await waitForLibrary(page);
    const far = await hitFarDown(page);
    const id = await far.getAttribute('data-hit-id');
    await far.click();
    await page.waitForFunction(() => window.location.hash !== '#/search');
    // Esc, and a turn of the wheel at the first frame after the hit gets its focus back: within
    // the frames the list is being put back in place.
    await page.evaluate((hitId) => {
      const turnWheel = (): void => {
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: 600 }));
        window.scrollBy(0, 600);
        (window as unknown as { scrolledTo: number }).scrolledTo = window.scrollY;
      };
      const onFocus = (): void => {
        if (document.activeElement?.getAttribute('data-hit-id') !== hitId) return;
        document.removeEventListener('focusin', onFocus);
        requestAnimationFrame(turnWheel);
      };
      document.addEventListener('focusin', onFocus);
    }, id);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => 'scrolledTo' in window);
    await page.waitForTimeout(300);
    // Where the person scrolled to, give or take the hits coming into sight (a few dozen pixels
    // each); not 600 pixels back up.
    const scrolledTo = await page.evaluate(() => (window as unknown as { scrolledTo: number }).scrolledTo);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolledTo)).toBeLessThan(100);
  });

  it('works from the keyboard alone: shortcut, type, arrows, Enter, Esc', async () => {
    const { page } = await launch({ locale: 'en-GB' });
    await waitForLibrary(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Process');
    await hitLinks(page).nth(1).waitFor();
    const second = await hitLinks(page).nth(1).getAttribute('data-hit-id');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit-id'))).toBe(second);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-field') !== null)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // A passage, a title or a glossary entry: Esc comes back from any of them.
    await page.waitForFunction(() => window.location.hash !== '#/search');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.location.hash === '#/search');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-hit-id') === id, second);
  });

  it('remembers the queries whose results were opened, until asked to forget them', async () => {
    const { page } = await launch({ locale: 'en-GB' });
    await waitForLibrary(page);
    await field(page).fill('Manila');
    await hitLinks(page).first().click();
    await page.locator('mark[data-layer="search-hit"]').first().waitFor();
    await goTo(page, '#/search');
    await field(page).fill('');
    await page.locator('.recent-searches').getByRole('button', { name: 'Manila' }).waitFor();
    expect(await readStore(page, 'settings')).toContainEqual({ key: 'recentSearches', value: ['Manila'] });
    await page.getByRole('button', { name: 'Clear recent searches' }).click();
    await page.locator('.recent-searches').waitFor({ state: 'detached' });
    expect(await readStore(page, 'settings')).not.toContainEqual(expect.objectContaining({ key: 'recentSearches' }));
  });

  it('offers a spelling from the index when nothing is found', async () => {
    const { page } = await launch({ locale: 'en-GB' });
    await waitForLibrary(page);
    await field(page).fill('Pargue ');
    await page.getByText('Did you mean').waitFor();
    await page.getByRole('button', { name: 'prague' }).click();
    expect(await firstHit(page)).toBe(`${RCP}#${PRAGUE}`);
  });

  it('builds the index once, stores it, and loads it on the next start instead of building it again', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir, locale: 'en-GB' });
    await waitForLibrary(app.page);
    await field(app.page).fill('Prague');
    await app.page.locator('.search-view[data-index-origin="built"]').waitFor();
    const [stored] = (await readStore(app.page, 'searchIndex')) as Array<{ key: string; datasetVersion: string }>;
    const [meta] = (await readStore(app.page, 'datasetMeta')) as Array<{ version: string }>;
    expect(stored).toMatchObject({ key: 'bundle', datasetVersion: meta?.version });
    await app.close();

    app = await launch({ profileDir, locale: 'en-GB' });
    await waitForLibrary(app.page);
    await field(app.page).fill('Prague');
    await app.page.locator('.search-view[data-index-origin="loaded"]').waitFor();
    expect(await firstHit(app.page)).toBe(`${RCP}#${PRAGUE}`);
  });
});
