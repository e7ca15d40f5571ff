import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, launchApp, type AppHandle } from '../harness/app-handle';
import { goTo, INTERFACE_LANGUAGES, openDocument, screenshot, waitForLibrary } from '../harness/fixtures';

const VIEWS: Array<{ name: string; open(app: AppHandle): Promise<void> }> = [
  {
    name: 'library',
    open: async (app) => {
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
    },
  },
  { name: 'reader-news', open: (app) => openDocument(app.page, 'gcm-africa-americas-dialogue') },
  { name: 'reader-reference-toc', open: (app) => openDocument(app.page, 'regional-consultative-processes') },
  {
    name: 'reader-truncated-end',
    open: async (app) => {
      await openDocument(app.page, 'regional-consultative-processes');
      await app.page.locator('.truncation-note').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'about',
    open: async (app) => {
      await goTo(app.page, '#/about');
      await app.page.locator('.document-body').waitFor();
    },
  },
  {
    name: 'glossary',
    open: async (app) => {
      await goTo(app.page, '#/glossary/rcp');
      await app.page.locator('.glossary-entry').first().waitFor();
    },
  },
  {
    name: 'reader-side-by-side',
    open: async (app) => {
      await openDocument(app.page, 'regional-consultative-processes');
      await app.page.locator('[data-reading-mode="both"]').click();
      await app.page.locator('.block-pair').first().waitFor();
    },
  },
  {
    name: 'reader-english-tooltip',
    open: async (app) => {
      await app.page.locator('[data-reading-mode="en"]').click();
      await openDocument(app.page, 'gcm-africa-americas-dialogue');
      await app.page.locator('.term', { hasText: /^GCM$/u }).first().hover();
    },
  },
  {
    name: 'shortcuts',
    open: async (app) => {
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
      await app.page.keyboard.press('?');
      await app.page.getByRole('dialog').waitFor();
    },
  },
];

describe.skipIf(engine().kind === 'none')('screenshots of every main view (test/e2e/artifacts/)', () => {
  for (const { language, locale } of INTERFACE_LANGUAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      describe(`${language}, ${colorScheme}`, () => {
        let app: AppHandle;
        beforeAll(async () => {
          app = await launchApp({ locale, colorScheme });
          await waitForLibrary(app.page);
        });
        afterAll(async () => app?.close());

        it.each(VIEWS.map((view) => [view.name, view] as const))('%s', async (name, view) => {
          await view.open(app);
          const path = await screenshot(app.page, `${name}-${language}-${colorScheme}`);
          expect(path).toMatch(/\.png$/u);
          if (name === 'shortcuts') await app.page.keyboard.press('Escape');
        });

        it('logged no error on the way (a missing translation would)', () => {
          expect(app.consoleErrors()).toEqual([]);
        });
      });
    }
  }
});
