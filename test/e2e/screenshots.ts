import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importedDocument } from '../user-data-fixture';
import { engine, launchApp, type AppHandle } from './harness/app-handle';
import { goTo, INTERFACE_LANGUAGES, openDocument, putRows, waitForLibrary } from './harness/fixtures';
import { artifactsDir, projectRoot } from './harness/paths';
import { runScript } from './run-script';

/**
 * `npm run screenshots`: every main view of the built app, in both interface languages and
 * both themes, as PNG files in test/e2e/artifacts/ (git-ignored; CI keeps them), for people
 * to look at. It asserts nothing about how the views look; it fails (exit 1) when a view
 * cannot be reached or the app logs an error on the way (a missing translation logs one).
 */

interface View {
  name: string;
  open(app: AppHandle): Promise<void>;
  /** Puts the app back as it was for the next view. */
  close?(app: AppHandle): Promise<void>;
}

const NOTES_DOC = 'regional-consultative-processes';
const quote = (exact: string) => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });
const target = (blockId: string | null, language: 'fr' | 'en') => ({
  docId: NOTES_DOC,
  blockId,
  itemId: null,
  language,
});
const note = (id: string, fields: Record<string, unknown>) => ({
  id,
  position: null,
  body: '',
  colour: null,
  tags: [],
  anchorState: 'anchored',
  createdAt: 1_763_000_000_000,
  updatedAt: 1_763_000_000_000,
  ...fields,
});

/** A person's notes and bookmarks on the RCP page, for the views that show them. */
const PERSON_NOTES = [
  note('shot-1', {
    target: target('p-06327f87', 'fr'),
    quote: quote('États membres'),
    colour: 'green',
    body: 'Vérifier la liste des **observateurs** avant la réunion de mars.',
    tags: ['PCR', 'réunion de mars'],
  }),
  note('shot-2', { target: target('p-06327f87', 'fr'), quote: quote('organisations internationales'), colour: 'pink' }),
  note('shot-3', {
    target: target('p-dc4f13e7', 'en'),
    quote: quote('informal'),
    colour: 'blue',
    body: 'Key point for the briefing: *informal and non-binding*.',
    tags: ['briefing'],
  }),
  note('shot-4', {
    target: target(null, 'fr'),
    quote: quote(''),
    body: 'Page de référence à partager avec le bureau pays.',
    tags: ['PCR'],
  }),
  note('shot-5', {
    target: target('p-00000000', 'fr'),
    quote: quote('une phrase retirée par la dernière mise à jour'),
    colour: 'yellow',
    body: 'Cette note a perdu son passage.',
    anchorState: 'detached',
  }),
];

async function openNotedDocument(app: AppHandle, mode: 'fr' | 'en' | 'both'): Promise<void> {
  await openDocument(app.page, NOTES_DOC);
  await app.page.locator(`[data-reading-mode="${mode}"]`).click();
  await app.page.locator('.document-notes').first().scrollIntoViewIfNeeded();
  await app.page.locator('.margin-notes .note-card').first().waitFor();
}

/** Pages a person brings, for the import preview: an export, and a file that is not a page. */
const PAGES = mkdtempSync(join(tmpdir(), 'reperes-shots-'));
const PAGE_FILES = [
  [
    'dakar.txt',
    [
      '-',
      'Qui sommes nous',
      'Qui sommes nousL’OIM est présente au Sénégal depuis 2002.',
      'Agir',
      'Agir',
      '- Données et recherche',
      'Dialogue régional sur la mobilité de la main-d’œuvre à Dakar',
      'Dakar – Le 18 janvier 2024, les représentants de quinze États se sont réunis pour examiner le plan d’action régional sur la migration de main-d’œuvre.',
      'Les participants ont adopté une feuille de route pour 2024-2026.',
      '',
    ].join('\n'),
  ],
  ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])],
] as const;
const pagePaths = PAGE_FILES.map(([name, content]) => {
  const path = join(PAGES, name);
  writeFileSync(path, content);
  return path;
});

const VIEWS: View[] = [
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
    name: 'reader-provenance-hover',
    open: async (app) => {
      await openDocument(app.page, 'bapa40-south-south-cooperation');
      const passage = app.page.locator('#block-p-831914dc');
      await passage.scrollIntoViewIfNeeded();
      await passage.locator('.block-half').last().hover();
      // The mark fades in: wait until it is fully there.
      await app.page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('#block-p-831914dc .provenance') ?? document.body).opacity === '1',
      );
    },
  },
  {
    name: 'reader-provenance-notice',
    open: async (app) => {
      await app.page.mouse.move(0, 0);
      await openDocument(app.page, 'los-angeles-declaration-statement');
      await app.page.locator('[data-notice="translation"]').click();
      await app.page.locator('.notice-translation').waitFor();
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
    name: 'reader-translated-quotation',
    open: async (app) => {
      await app.page.mouse.move(0, 0);
      await app.page.locator('#block-q-9d35987a').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'search-results',
    open: async (app) => {
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
      await app.page.keyboard.press('Control+k');
      await app.page.keyboard.type('migrants disparus');
      await app.page.locator('.search-hit').first().waitFor();
    },
  },
  {
    name: 'search-cross-lingual',
    open: async (app) => {
      // Read in English (the view before chose it): a French query finds passages shown in English.
      await app.page.locator('.search-field input').fill('Partenariat oriental');
      await app.page.locator('.hit-other-language').first().waitFor();
    },
  },
  {
    name: 'search-highlighted-hit',
    open: async (app) => {
      await app.page.locator('.search-field input').fill('Processus de Prague');
      await app.page.locator('.search-hit a').first().click();
      await app.page.locator('mark[data-layer="search-hit"]').first().waitFor();
    },
    close: async (app) => {
      await app.page.keyboard.press('Escape');
      await app.page.locator('.search-field input').fill('');
    },
  },
  {
    name: 'search-no-results',
    open: async (app) => {
      await goTo(app.page, '#/');
      await app.page.locator('.search-field input').fill('Pargue ');
      await app.page
        .getByText(/prague/u)
        .first()
        .waitFor();
    },
    close: (app) => app.page.locator('.search-field input').fill(''),
  },
  {
    name: 'reader-notes-margin',
    open: async (app) => {
      await putRows(app.page, 'notes', PERSON_NOTES);
      await putRows(app.page, 'bookmarks', [
        { id: 'shot-b1', target: { docId: NOTES_DOC, blockId: 'p-06327f87', itemId: null }, label: null, createdAt: 1 },
      ]);
      // Written past Dexie, which has read this document already: a reload starts it afresh.
      await goTo(app.page, '#/');
      await app.page.reload();
      await waitForLibrary(app.page);
      await openNotedDocument(app, 'fr');
    },
  },
  { name: 'reader-notes-english', open: (app) => openNotedDocument(app, 'en') },
  {
    name: 'reader-notes-side-by-side',
    open: (app) => openNotedDocument(app, 'both'),
    close: (app) => app.page.locator('[data-reading-mode="fr"]').click(),
  },
  {
    name: 'reader-note-editor',
    open: async (app) => {
      await openNotedDocument(app, 'fr');
      await app.page.locator('.margin-notes .note-card').first().getByRole('button').first().click();
      await app.page.locator('.note-editor textarea').waitFor();
    },
    close: (app) => app.page.keyboard.press('Escape'),
  },
  {
    name: 'notes',
    open: async (app) => {
      await goTo(app.page, '#/notes');
      await app.page.locator('.note-list-item').first().waitFor();
    },
  },
  {
    name: 'bookmarks',
    open: async (app) => {
      await goTo(app.page, '#/bookmarks');
      await app.page.locator('.bookmark-item').first().waitFor();
    },
  },
  {
    name: 'your-data',
    open: async (app) => {
      await goTo(app.page, '#/data');
      await app.page.locator('.data-section').first().waitFor();
    },
  },
  {
    name: 'import-preview',
    open: async (app) => {
      await goTo(app.page, '#/import');
      await app.answerNextOpenDialog({ canceled: false, filePaths: pagePaths });
      await app.page.locator('.import-view .button.primary').click();
      await app.page.locator('.import-item-refused').waitFor();
    },
    close: (app) => app.page.locator('.import-actions .button:not(.primary)').click(),
  },
  {
    name: 'library-my-documents',
    open: async (app) => {
      await putRows(app.page, 'importedDocuments', [importedDocument()]);
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
      await app.page.locator('.my-documents .card').waitFor();
      await app.page.locator('.my-documents').scrollIntoViewIfNeeded();
    },
  },
  { name: 'reader-imported', open: (app) => openDocument(app.page, importedDocument().id) },
  {
    name: 'shortcuts',
    open: async (app) => {
      await goTo(app.page, '#/');
      await waitForLibrary(app.page);
      await app.page.keyboard.press('?');
      await app.page.getByRole('dialog').waitFor();
    },
    close: (app) => app.page.keyboard.press('Escape'),
  },
];

/** Every view is seen again in a small (1024) and a large (1920) window, where layouts change most. */
const OTHER_WIDTHS = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function capture(
  language: string,
  locale: string,
  colorScheme: 'light' | 'dark',
  viewport: { width: number; height: number } = { width: 1280, height: 860 },
): Promise<string[]> {
  const problems: string[] = [];
  const app = await launchApp({ locale, colorScheme, viewport });
  const size = viewport.width === 1280 ? '' : `-${viewport.width}`;
  try {
    await waitForLibrary(app.page);
    for (const view of VIEWS) {
      const name = `${view.name}-${language}-${colorScheme}${size}`;
      try {
        await view.open(app);
        const path = join(artifactsDir, `${name}.png`);
        await app.page.screenshot({ path, fullPage: false });
        process.stdout.write(`screenshots: ${relative(projectRoot, path)}\n`);
        await view.close?.(app);
      } catch (error) {
        problems.push(`${name}: the view could not be reached (${(error as Error).message.split('\n')[0]})`);
      }
    }
    for (const error of app.consoleErrors()) problems.push(`${language}, ${colorScheme}: the app logged "${error}"`);
  } finally {
    await app.close();
  }
  return problems;
}

async function main(): Promise<number> {
  if (process.argv.length > 2) {
    process.stderr.write(`screenshots: takes no arguments (got ${process.argv.slice(2).join(' ')})\n`);
    return 2;
  }
  const selected = engine();
  if (selected.kind === 'none') {
    process.stderr.write(`screenshots: cannot run: ${selected.reason}\n`);
    return 1;
  }
  mkdirSync(artifactsDir, { recursive: true });
  const problems: string[] = [];
  for (const { language, locale } of INTERFACE_LANGUAGES) {
    for (const colorScheme of ['light', 'dark'] as const)
      problems.push(...(await capture(language, locale, colorScheme)));
  }
  for (const viewport of OTHER_WIDTHS) {
    problems.push(...(await capture('fr', 'fr-FR', 'light', viewport)));
    problems.push(...(await capture('en', 'en-GB', 'dark', viewport)));
  }
  for (const problem of problems) process.stderr.write(`screenshots: ${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

runScript('screenshots', main);
