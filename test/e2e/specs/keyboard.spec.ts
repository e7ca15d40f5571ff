import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { libraryPagesOf } from '../../dataset-fixture';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { bundledDataset, INTERFACE_LANGUAGES, titleIn, waitForLibrary } from '../harness/fixtures';

const dataset = bundledDataset();

/** Describes the focused element and whether a focus indicator is drawn for it. */
async function focused(page: Page): Promise<{ tag: string; text: string; visible: boolean; inMain: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', text: '', visible: false, inMain: false };
    const drawn = (target: Element | null): boolean => {
      if (!target) return false;
      const style = getComputedStyle(target);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    // A card draws the ring for the link that fills it (:focus-within).
    return {
      tag: element.tagName.toLowerCase(),
      text: (
        element.getAttribute('aria-label') ??
        element.querySelector('.visually-hidden')?.textContent ??
        element.textContent ??
        ''
      ).trim(),
      visible: drawn(element) || drawn(element.closest('.card')),
      inMain: element.closest('main') !== null,
    };
  });
}

async function tabUntil(
  page: Page,
  predicate: (state: Awaited<ReturnType<typeof focused>>) => boolean,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  limit = 60,
): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press(key);
    const state = await focused(page);
    expect(state.visible, `focus ring on <${state.tag}> "${state.text}"`).toBe(true);
    if (predicate(state)) return state;
  }
  throw new Error('the focus never reached the expected element');
}

describe.skipIf(engine().kind === 'none')('keyboard only', () => {
  const launch = appPerTest();

  describe.each(INTERFACE_LANGUAGES)('in $language', ({ language, locale, catalogue }) => {
    it('reaches and uses every main view, with the focus always visible', async () => {
      const app = await launch({ locale });
      const page = app.page;
      await waitForLibrary(page);

      // Skip link first, then into the content.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: catalogue.nav.skipToContent, visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // Library → the first document.
      const first = libraryPagesOf(dataset)[0];
      await tabUntil(page, (state) => first !== undefined && state.text === titleIn(first, language));
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, first?.id);
      await page.locator('.document-body').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'document-title');

      // j moves through passages; ] opens the next document; Alt+← comes back.
      await page.keyboard.press('j');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-block-id'))).toBe(
        first?.blocks[0]?.id,
      );
      await page.keyboard.press('j');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-block-id'))).toBe(
        first?.blocks[1]?.id,
      );
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press(']');
      await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, libraryPagesOf(dataset)[1]?.id);
      await page.keyboard.press('Alt+ArrowLeft');
      await page.waitForFunction((id) => window.location.hash === `#/read/${id}`, first?.id);

      // The long reference page: t jumps into the table of contents, Enter follows a link.
      await page.evaluate(() => {
        window.location.hash = '#/read/regional-consultative-processes';
      });
      await page.locator('.toc').waitFor();
      await page.keyboard.press('t');
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /\/h-[0-9a-f]{8}$/u.test(window.location.hash));

      // Shortcuts dialog: ? opens it with the focus inside, Escape closes it.
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      expect((await focused(page)).visible).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      // About IOM and the library through the header, back up by Shift+Tab, then Enter.
      await tabUntil(page, (state) => state.text === catalogue.nav.about, 'Shift+Tab', 120);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.location.hash === '#/about');
      await page.keyboard.press('Alt+Home');
      await waitForLibrary(page);

      // The interface language, in the header's settings popover, works from the keyboard.
      await tabUntil(page, (state) => state.text === catalogue.settings.button, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await page.locator('#settings-popover').waitFor();
      await tabUntil(page, (state) => state.text === (locale === 'fr-FR' ? 'English' : 'Français'));
      await page.keyboard.press('Enter');
      // The other language's words may still be loading: the root's lang is set once they are in.
      await page.waitForFunction((lang) => document.documentElement.lang === lang, locale === 'fr-FR' ? 'en' : 'fr');
    });
  });
});
