import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, launchApp, type AppHandle } from '../harness/app-handle';
import { goTo, openDocument, seriousAccessibilityViolations, waitForLibrary } from '../harness/fixtures';

const VIEWS = [
  {
    name: 'library',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
    },
  },
  {
    name: 'reader (news, quotations, footnote)',
    open: (app: AppHandle) => openDocument(app.page, 'gcm-africa-americas-dialogue'),
  },
  {
    name: 'reader (reference, table of contents)',
    open: (app: AppHandle) => openDocument(app.page, 'regional-consultative-processes'),
  },
  { name: 'reader (contacts)', open: (app: AppHandle) => openDocument(app.page, 'bapa40-south-south-cooperation') },
  {
    name: 'about',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/about');
      await app.page.locator('.document-body').waitFor();
    },
  },
  {
    name: 'glossary',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/glossary');
      await app.page.locator('.glossary-entry').first().waitFor();
    },
  },
  {
    name: 'reader side by side',
    open: async (app: AppHandle) => {
      await openDocument(app.page, 'regional-consultative-processes');
      await app.page.locator('[data-reading-mode="both"]').click();
      await app.page.locator('.block-pair').first().waitFor();
    },
  },
  {
    name: 'reader in English with a glossary tooltip open',
    open: async (app: AppHandle) => {
      await app.page.locator('[data-reading-mode="en"]').click();
      await openDocument(app.page, 'gcm-africa-americas-dialogue');
      await app.page.locator('.term').first().focus();
    },
  },
  {
    name: 'shortcuts dialog',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
      await app.page.keyboard.press('?');
      await app.page.getByRole('dialog').waitFor();
    },
  },
];

describe.skipIf(engine().kind === 'none').each(['light', 'dark'] as const)(
  'accessibility in the %s theme',
  (colorScheme) => {
    let app: AppHandle;
    beforeAll(async () => {
      app = await launchApp({ colorScheme });
      await waitForLibrary(app.page);
    });
    afterAll(async () => app?.close());

    it.each(VIEWS.map((view) => [view.name, view] as const))(
      'has no serious or critical axe violation: %s',
      async (_name, view) => {
        await view.open(app);
        const violations = await seriousAccessibilityViolations(app.page);
        expect(
          violations.map(
            (violation) =>
              `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
        if (view.name === 'shortcuts dialog') await app.page.keyboard.press('Escape');
      },
    );
  },
);
