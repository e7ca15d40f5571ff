import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine, launchApp, type AppHandle } from '../harness/app-handle';
import { goTo, openDocument, putRows, seriousAccessibilityViolations, waitForLibrary } from '../harness/fixtures';
import { personData } from '../../user-data-fixture';

const VIEWS = [
  // A person's notes first: the test writes them straight into the store, past Dexie, so it
  // must do so before the reader has read that document (Dexie's query cache would not see them).
  {
    name: 'reader with highlights, margin notes and an open note editor',
    open: async (app: AppHandle) => {
      const { notes, bookmarks } = personData();
      await putRows(app.page, 'notes', notes);
      await putRows(app.page, 'bookmarks', bookmarks);
      await openDocument(app.page, 'regional-consultative-processes');
      const card = app.page.locator('#block-p-dc4f13e7 .note-card');
      await card.waitFor();
      await card.getByRole('button').first().click();
      await app.page.locator('.note-editor textarea').waitFor();
    },
  },
  {
    name: 'notes view',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/notes');
      await app.page.locator('.note-list-item').first().waitFor();
    },
  },
  {
    name: 'bookmarks view',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/bookmarks');
      await app.page.locator('.bookmark-item').first().waitFor();
    },
  },
  {
    name: 'your data',
    open: async (app: AppHandle) => {
      await goTo(app.page, '#/data');
      await app.page.locator('.data-section').first().waitFor();
    },
  },
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
