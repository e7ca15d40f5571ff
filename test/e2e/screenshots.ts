import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { engine, launchApp, type AppHandle } from './harness/app-handle';
import { goTo, INTERFACE_LANGUAGES, openDocument, waitForLibrary } from './harness/fixtures';
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

async function capture(language: string, locale: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const problems: string[] = [];
  const app = await launchApp({ locale, colorScheme });
  try {
    await waitForLibrary(app.page);
    for (const view of VIEWS) {
      const name = `${view.name}-${language}-${colorScheme}`;
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
  for (const problem of problems) process.stderr.write(`screenshots: ${problem}\n`);
  return problems.length === 0 ? 0 : 1;
}

runScript('screenshots', main);
