import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engine, newProfileDir } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { HARNESS_ORIGIN } from '../harness/electron-stand-in';
import { goTo, noteRow, openDocument, screenshot, seedNotes, waitForLibrary } from '../harness/fixtures';

const DOC = 'regional-consultative-processes';
const SECTION = 'h-8ce8eb56';
const PASSAGE = 'p-06327f87';

/**
 * A test observer, run before the app's code: it keeps what the app writes to the clipboard
 * (the page may write it, not read it back) in `window.e2eClipboard`, then writes it as usual.
 */
const CLIPBOARD_OBSERVER = `(() => {
  window.e2eClipboard = [];
  const write = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text) => {
    window.e2eClipboard.push(text);
    return write(text).catch(() => undefined);
  };
})()`;
const lastCopied = (page: Page): Promise<string | undefined> =>
  page.evaluate('window.e2eClipboard.at(-1)') as Promise<string | undefined>;

const looks = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset['theme'],
    font: document.documentElement.dataset['readingFont'],
    scale: document.documentElement.style.getPropertyValue('--text-scale'),
    measure: document.documentElement.style.getPropertyValue('--measure-chars'),
    colorScheme: getComputedStyle(document.documentElement).colorScheme,
    readerFont: getComputedStyle(document.querySelector('.reader') ?? document.body).fontFamily,
  }));

describe.skipIf(engine().kind === 'none')('the reader as a reading tool', () => {
  const launch = appPerTest();

  it('changes text size, line width, font and theme, and finds them again after a restart', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir, colorScheme: 'light' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.keyboard.press('Control+=');
    await app.page.keyboard.press('Control+=');
    await app.page.locator('.settings-button').click();
    await app.page.locator('[data-line-width="wide"]').click();
    await app.page.locator('[data-reading-font-option="dyslexic"]').click();
    await app.page.locator('[data-theme-option="dark"]').click();
    await expect.poll(async () => (await looks(app.page)).theme).toBe('dark');
    await screenshot(app.page, 'reading-settings');
    await app.close();

    app = await launch({ profileDir, colorScheme: 'light' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const after = await looks(app.page);
    expect(after).toMatchObject({ theme: 'dark', font: 'dyslexic', scale: '1.3', measure: '84', colorScheme: 'dark' });
    expect(after.readerFont).toContain('OpenDyslexic');
    // The font comes from the app's bundle: still no request leaves it.
    const own = app.engine === 'electron' ? 'reperes://app/' : `${HARNESS_ORIGIN}/`;
    expect(app.requests().filter((url) => !url.startsWith(own))).toEqual([]);
    await app.page.keyboard.press('Control+0');
    await expect.poll(async () => (await looks(app.page)).scale).toBe('1');
  });

  it('follows the section in view in the contents, and resumes reading there after a restart', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.evaluate((id) => {
      const heading = document.querySelector(`[data-block-id="${id}"]`);
      window.scrollTo(0, (heading?.getBoundingClientRect().top ?? 0) + window.scrollY - 70);
    }, SECTION);
    await app.page.locator(`.toc a[aria-current="location"][href$="/${SECTION}"]`).waitFor();
    // The title has scrolled away: the bar under the header names the document and the section.
    const bar = app.page.locator('.reader-titlebar[data-shown="true"]');
    await bar.waitFor();
    const sectionTitle = await app.page.locator('.toc a[aria-current="location"]').textContent();
    expect(await bar.locator('.reader-titlebar-section').textContent()).toBe(sectionTitle);
    expect(await bar.locator('.reader-titlebar-title').textContent()).toBe(
      await app.page.locator('#document-title').textContent(),
    );
    const progress = Number(await app.page.getByRole('progressbar').getAttribute('aria-valuenow'));
    expect(progress).toBeGreaterThan(10);
    expect(progress).toBeLessThan(90);
    await app.page.waitForFunction(() => window.scrollY > 0);
    await expect.poll(() => app.page.evaluate(() => document.querySelector('.reading-progress') !== null)).toBe(true);
    // The place is remembered once scrolling rests.
    await app.page.waitForTimeout(1500);
    await app.close();

    app = await launch({ profileDir });
    await waitForLibrary(app.page);
    const resume = app.page.locator(`.continue-reading li[data-document-id="${DOC}"] a`);
    await resume.waitFor();
    await screenshot(app.page, 'continue-reading');
    const href = await resume.getAttribute('href');
    expect(href).toMatch(new RegExp(`/read/${DOC}/[a-z]-[0-9a-f]{8}`, 'u'));
    await resume.click();
    const blockId = href?.split('/').at(-1) ?? '';
    await app.page.waitForFunction((id) => {
      const top = document.querySelector(`[data-block-id="${id}"]`)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight / 2;
    }, blockId);
  });

  it('copies a passage with its citation as text, Markdown and CSL-JSON, and a selection with Ctrl+Shift+C', async () => {
    const app = await launch({ initScripts: [CLIPBOARD_OBSERVER] });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const page = app.page;
    const cite = async (format: string): Promise<string> => {
      await page.locator(`#block-${PASSAGE}`).hover();
      await page.locator(`#block-${PASSAGE} .passage-action[popovertarget]`).click();
      await page.locator(`#cite-${PASSAGE} [data-citation-format="${format}"]`).click();
      await page
        .getByRole('status')
        .filter({ hasText: /copié|copied/u })
        .waitFor();
      return (await lastCopied(page)) ?? '';
    };
    const text = await cite('text');
    expect(text).toMatch(/^«\s.*États membres.*\s»\n— OIM, «\sProcessus consultatifs régionaux sur la migration\s»/u);
    expect(text).toMatch(/Consulté hors ligne dans Repères \(jeu de données [^)]+\) le /u);
    await screenshot(page, 'cite-menu');
    const markdown = await cite('markdown');
    expect(markdown).toMatch(/^> .*États membres/u);
    expect(markdown).toContain('*Processus consultatifs régionaux sur la migration*');
    const [item] = JSON.parse(await cite('csl-json')) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ type: 'webpage', language: 'fr' });

    await page.evaluate(`(() => {
      const element = document.querySelector('#block-${PASSAGE} [data-passage-id]');
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('États membres');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'États membres'.length);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        return;
      }
    })()`);
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => lastCopied(page)).toMatch(/^«\sÉtats membres\s»\n— OIM/u);

    // Side by side, a passage is copied in both languages, each with its own citation.
    await page.locator('[data-reading-mode="both"]').click();
    await page.locator(`#block-${PASSAGE}.block-pair`).waitFor();
    const pair = await cite('pair');
    const [french, english] = pair.split('\n\n');
    expect(french).toMatch(/^«\s.*États membres.*\s»\n— OIM/u);
    expect(english).toMatch(/^“.*member states.*”\n— IOM/u);
    await page.locator('[data-reading-mode="fr"]').click();
    await goTo(page, '#/');
  });

  it('keeps the notices to one row, so the first paragraph starts on the first screen in every reading mode', async () => {
    const app = await launch({ locale: 'en-GB' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    for (const mode of ['fr', 'en', 'both'] as const) {
      await app.sendMenuCommand(`read-${mode}`);
      const chips = app.page.locator('.notice-row [data-notice]');
      await expect
        .poll(() => chips.evaluateAll((all) => all.map((chip) => chip.getAttribute('data-notice'))))
        .toEqual(mode === 'fr' ? ['title', 'truncated'] : ['translation', 'title', 'truncated']);
      const firstParagraph = app.page.locator('.document-body .block-paragraph').first();
      const top = (await firstParagraph.boundingBox())?.y ?? Infinity;
      // Side by side, the sticky row naming the columns takes one more line.
      expect(top, `first paragraph in ${mode}`).toBeLessThan(mode === 'both' ? 330 : 300);
    }

    // Side by side, each column is named, the English as partly IOM's published text.
    expect(await app.page.locator('.column-labels').textContent()).toContain('partly IOM’s published text');

    // A notice's details open under the row and close again; only the warning is yellow.
    const truncated = app.page.locator('[data-notice="truncated"]');
    await truncated.click();
    expect(await truncated.getAttribute('aria-expanded')).toBe('true');
    expect(await app.page.locator('.notice-detail .notice-warning').isVisible()).toBe(true);
    await truncated.click();
    expect(await app.page.locator('.notice-detail').isHidden()).toBe(true);
    const background = (selector: string) =>
      app.page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background('[data-notice="title"]')).toBe('rgba(0, 0, 0, 0)');
    expect(await background('[data-notice="truncated"]')).not.toBe('rgba(0, 0, 0, 0)');
  });

  it.each([
    ['fr-FR', { width: 1024, height: 768 }],
    ['en-GB', { width: 1024, height: 768 }],
    ['fr-FR', { width: 1000, height: 768 }],
    ['fr-FR', { width: 900, height: 768 }],
    ['en-GB', { width: 900, height: 768 }],
    ['fr-FR', { width: 1920, height: 1080 }],
  ] as const)(
    'fits the header and the reader in a window of %s at %o, with nothing to scroll sideways',
    async (locale, viewport) => {
      const app = await launch({ locale, viewport });
      await waitForLibrary(app.page);
      const overflow = () =>
        app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      await openDocument(app.page, DOC);
      await app.page.locator('[data-reading-mode="both"]').click();
      await app.page.locator('.column-labels').waitFor();
      expect(await overflow()).toBe(0);
      expect(await app.page.locator('.settings-button').isVisible()).toBe(true);
    },
  );

  it('folds the contents side by side in a 1280-pixel window, t opens them, Ctrl+1/3 switch the reading', async () => {
    const app = await launch({ locale: 'fr-FR' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    const fold = app.page.locator('.toc details.toc-fold');
    expect(await fold.count()).toBe(0);
    // Ctrl+3 reads side by side (Ctrl+1 French, Ctrl+2 English), from anywhere.
    await app.page.keyboard.press('Control+3');
    await fold.waitFor();
    expect(await fold.getAttribute('open')).toBeNull();
    // The two columns take the width the contents column had.
    const column = await app.page.locator('.block-pair .block-half').first().boundingBox();
    expect(column?.width ?? 0).toBeGreaterThan(500);
    await app.page.locator('#document-title').focus();
    await app.page.keyboard.press('t');
    expect(await fold.getAttribute('open')).toBe('');
    expect(await app.page.evaluate(() => document.activeElement?.closest('.toc') !== null)).toBe(true);
    await app.page.keyboard.press('Control+1');
    await expect.poll(() => app.page.locator('[data-reading-mode="fr"]').getAttribute('aria-pressed')).toBe('true');
  });

  it.each([1280, 1000])(
    'keeps the swap button in the gutter and each label over its column with notes in the margin, at %i pixels',
    async (width) => {
      const app = await launch({ locale: 'fr-FR', viewport: { width, height: 800 } });
      await waitForLibrary(app.page);
      await seedNotes(app.page, [noteRow('margin-note', DOC, PASSAGE, { body: 'Une note dans la marge.' })]);
      await openDocument(app.page, DOC);
      await app.page.locator('[data-reading-mode="both"]').click();
      await app.page.locator('.with-margin .column-labels').waitFor();
      const box = async (selector: string) => {
        const found = await app.page.locator(selector).first().boundingBox();
        if (!found) throw new Error(`${selector} is not on screen`);
        return found;
      };
      const french = await box(`#block-${PASSAGE} .block-half:has([data-language="fr"])`);
      const english = await box(`#block-${PASSAGE} .block-half:has([data-language="en"])`);
      const englishLabel = await box('.column-labels > span[lang="en"]');
      const swap = await box('.swap-columns');
      expect(Math.abs(englishLabel.x - english.x)).toBeLessThan(2);
      expect(swap.x).toBeGreaterThanOrEqual(french.x + french.width - 1);
      expect(swap.x + swap.width).toBeLessThanOrEqual(english.x + 1);
    },
  );

  it('swaps the columns side by side, English on the left, and remembers it', async () => {
    const profileDir = newProfileDir();
    let app = await launch({ profileDir, locale: 'en-GB' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.locator('[data-reading-mode="both"]').click();
    const xOf = async (language: string) =>
      (await app.page.locator(`#block-${PASSAGE} .block-half:has([data-language="${language}"])`).boundingBox())?.x ??
      0;
    expect(await xOf('fr')).toBeLessThan(await xOf('en'));
    // The titles follow the columns, even in an English interface.
    const title = app.page.locator('#document-title');
    expect(await title.getAttribute('lang')).toBe('fr');
    await app.page.locator('.swap-columns').click();
    await expect.poll(() => title.getAttribute('lang')).toBe('en');
    await expect.poll(() => app.page.locator('.swap-columns').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await xOf('en')) < (await xOf('fr'))).toBe(true);
    await app.close();

    app = await launch({ profileDir, locale: 'en-GB' });
    await waitForLibrary(app.page);
    await openDocument(app.page, DOC);
    await app.page.locator(`#block-${PASSAGE}.block-pair`).waitFor();
    await expect.poll(async () => (await xOf('en')) < (await xOf('fr'))).toBe(true);
  });
});
