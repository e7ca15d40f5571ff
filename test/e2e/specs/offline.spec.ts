import { describe, expect, it } from 'vitest';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { HARNESS_ORIGIN } from '../harness/electron-stand-in';
import { bundledDataset, goTo, openDocument, waitForLibrary } from '../harness/fixtures';

const dataset = bundledDataset();

describe.skipIf(engine().kind === 'none')('offline, for real', () => {
  const launch = appPerTest();

  it('makes no request but to its own bundle, through a whole tour of the app', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    for (const document of dataset.documents) await openDocument(page, document.id);
    await goTo(page, '#/about');
    await page.locator('.document-body').waitFor();
    await page.keyboard.press('?');
    await page.keyboard.press('Escape');

    const own = app.engine === 'electron' ? 'reperes://app/' : `${HARNESS_ORIGIN}/`;
    const foreign = app.requests().filter((url) => !url.startsWith(own));
    expect(foreign).toEqual([]);
    expect(app.requests().length).toBeGreaterThan(0);
  });

  it('cannot reach the network even when a script tries', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    const attempts = await page.evaluate(async () => {
      const outcomes: string[] = [];
      try {
        await fetch('https://www.iom.int/');
        outcomes.push('fetch: succeeded');
      } catch {
        outcomes.push('fetch: refused');
      }
      const image = new Image();
      const loaded = await new Promise<string>((resolve) => {
        image.onload = () => resolve('image: loaded');
        image.onerror = () => resolve('image: refused');
        image.src = 'https://www.iom.int/logo.png';
      });
      outcomes.push(loaded);
      return outcomes;
    });
    expect(attempts).toEqual(['fetch: refused', 'image: refused']);
    const own = app.engine === 'electron' ? 'reperes://app/' : `${HARNESS_ORIGIN}/`;
    expect(app.requests().filter((url) => !url.startsWith(own))).toEqual([]);
  });
});
