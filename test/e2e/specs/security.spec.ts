import { describe, expect, it } from 'vitest';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { openDocument, waitForLibrary } from '../harness/fixtures';

describe.skipIf(engine().kind === 'none')('security in the running app', () => {
  const launch = appPerTest();

  it('gives the page no Node, no require, no ipcRenderer: only the typed API, frozen', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const environment = await app.page.evaluate(() => {
      const api = (window as unknown as { reperes?: Record<string, unknown> }).reperes;
      return {
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        module: typeof (window as unknown as { module?: unknown }).module,
        ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
        electron: typeof (window as unknown as { electron?: unknown }).electron,
        globalsMentioningIpc: Object.getOwnPropertyNames(window).filter((name) => /ipc|electron|harness/iu.test(name)),
        api: api ? Object.keys(api).sort() : null,
        apiFrozen: api ? Object.isFrozen(api) : null,
      };
    });
    expect(environment).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
      globalsMentioningIpc: [],
      api: ['appInfo', 'datasetLoad', 'datasetManifest', 'linkOpenExternal', 'onMenuCommand', 'uiSetLanguage'],
      apiFrozen: true,
    });
    const preferences = await app.webPreferences();
    if (preferences !== null)
      expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('refuses window.open and navigation to another origin', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    const before = page.url();
    await page.evaluate(() => {
      window.open('https://evil.example/popup');
    });
    // The app's handler denies the window and offers the https address to the browser, which
    // the person declines (the default answer): nothing opens, nothing leaves.
    await expect
      .poll(async () => (await app!.dialogs()).map((dialog) => String(dialog.options['detail']).split('\n')[0]))
      .toEqual(['https://evil.example/popup']);
    await expect
      .poll(
        () =>
          page
            .context()
            .pages()
            .filter((candidate) => !candidate.isClosed()).length,
      )
      .toBe(1);
    await page.evaluate(() => {
      window.location.href = 'https://evil.example/phishing';
    });
    await page.waitForTimeout(300);
    expect(new URL(page.url()).origin).toBe(new URL(before).origin);
    await waitForLibrary(page);
    expect(await app.openedExternal()).toEqual([]);
  });

  it('opens an external https link only after the person confirms', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    await openDocument(page, 'gcm-africa-americas-dialogue');
    const link = page.locator('.source-link a');

    await link.click();
    await expect.poll(async () => (await app!.dialogs()).length).toBe(1);
    expect(String((await app.dialogs())[0]?.options['detail'])).toContain(
      'https://iom.int/fr/news/dialogue-afrique-amerique',
    );
    expect(await app.openedExternal()).toEqual([]);

    await app.answerNextDialog(0);
    await link.click();
    await expect
      .poll(() => app!.openedExternal())
      .toEqual([
        'https://iom.int/fr/news/dialogue-afrique-amerique-sur-le-pacte-mondial-pour-des-migrations-sures-ordonnees-et-regulieres',
      ]);
  });

  it('never hands a non-https address to the system, and asks nothing for it', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    const results = await page.evaluate(async () => {
      const api = (window as unknown as { reperes: { linkOpenExternal(arg: unknown): Promise<unknown> } }).reperes;
      return Promise.all([
        api.linkOpenExternal({ url: 'http://publications.iom.int/bookstore/' }),
        api.linkOpenExternal({ url: 'file:///etc/passwd' }),
        api.linkOpenExternal({ url: 'javascript:alert(1)' }),
        api.linkOpenExternal('https://www.iom.int/'),
        api.linkOpenExternal({ url: 'https://www.iom.int/', extra: true }),
      ]);
    });
    expect(results).toEqual([
      { ok: false, error: { code: 'refused', detail: expect.any(String) } },
      { ok: false, error: { code: 'refused', detail: expect.any(String) } },
      { ok: false, error: { code: 'refused', detail: expect.any(String) } },
      { ok: false, error: { code: 'invalid-argument', detail: expect.any(String) } },
      { ok: false, error: { code: 'invalid-argument', detail: expect.any(String) } },
    ]);
    expect(await app.dialogs()).toEqual([]);
    expect(await app.openedExternal()).toEqual([]);
    await page.evaluate(() => window.open('http://example.org/'));
    await page.waitForTimeout(200);
    expect(await app.dialogs()).toEqual([]);
  });

  it('serves its pages with a strict Content-Security-Policy', async () => {
    const app = await launch();
    const response = await app.page.reload();
    const policy = await response?.headerValue('content-security-policy');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe');
  });
});
