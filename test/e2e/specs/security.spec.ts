import { describe, expect, it } from 'vitest';
import { engine } from '../harness/app-handle';
import { appPerTest } from '../harness/app-per-test';
import { appCopyWithDataset, openDocument, waitForLibrary } from '../harness/fixtures';

describe.skipIf(engine().kind === 'none')('security in the running app', () => {
  const launch = appPerTest();

  it('gives the page no Node, no require, no ipcRenderer: only the typed API, frozen by the preload', async () => {
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
      api: [
        'appInfo',
        'appRevealLogFolder',
        'backupOpen',
        'backupSave',
        'datasetLoad',
        'datasetManifest',
        'libraryOpenFiles',
        'linkOpenExternal',
        'onMenuCommand',
        'printSavePdf',
        'uiSetLanguage',
      ],
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
    const link = page.locator('.notice-source a');

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

  it('hands the system the normalised address of a look-alike host, named in punycode', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await app.answerNextDialog(0);
    await app.page.evaluate(() => {
      window.open('https://\u0456om.int/a/../b');
    });
    await expect.poll(() => app!.openedExternal()).toEqual(['https://xn--om-goc.int/b']);
    const [asked] = await app.dialogs();
    expect(asked?.options['message']).toContain('xn--om-goc.int');
    expect(String(asked?.options['detail']).split('\n')[0]).toBe('https://xn--om-goc.int/b');
  });

  it('asks nothing for a look-alike by direction characters, a local or numeric host, or a huge address', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    await page.evaluate(() => {
      for (const url of [
        'https://iom.int/\u202Efdp.exe',
        'https://localhost./',
        'https://127.0.0.1:8080/admin',
        'https://0x7f.1/',
        `https://iom.int/${'a'.repeat(1_000_000)}`,
      ])
        window.open(url);
    });
    await page.waitForTimeout(300);
    expect(await app.dialogs()).toEqual([]);
    expect(await app.openedExternal()).toEqual([]);
  });

  it("grants a page exactly the permissions the app allows, through main's own handlers", async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    const allowed = ['clipboard-sanitized-write', 'persistent-storage', 'fullscreen'];
    const denied = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'hid',
      'serial',
      'usb',
      'clipboard-read',
      'openExternal',
      'pointerLock',
      'display-capture',
      'idle-detection',
      'window-management',
      'storage-access',
    ];
    const answers = await app.permissionAnswers([...allowed, ...denied]);
    if (answers === null) return;
    for (const permission of allowed) expect(answers[permission], permission).toEqual({ request: true, check: true });
    for (const permission of denied) expect(answers[permission], permission).toEqual({ request: false, check: false });
  });

  it('shows its failure screen for a dataset altered after installation, and stores nothing of it', async () => {
    const appPath = appCopyWithDataset(
      (dataset) => ({
        ...dataset,
        documents: dataset.documents.map((document, index) =>
          index === 0 ? { ...document, title: { ...document.title, text: 'Titre falsifié' } } : document,
        ),
      }),
      { rehash: false },
    );
    const app = await launch({ appPath });
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('has been altered');
    expect(await app.page.getByText('Titre falsifié').count()).toBe(0);
  });

  it('opens the folder of its local log from the About view', async () => {
    const app = await launch();
    await waitForLibrary(app.page);
    await app.page.evaluate(() => {
      window.location.hash = '#/about';
    });
    await app.page.getByRole('button', { name: /dossier du journal/u }).click();
    await expect.poll(() => app!.openedPaths()).toEqual([expect.stringMatching(/Reperes[\\/]logs$/u)]);
  });

  it('blocks an inline script, an inline handler, an injected style and eval run by the page', async () => {
    const app = await launch();
    const page = app.page;
    await waitForLibrary(page);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const flags = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.inlineHandlerRan = true;');
      document.body.append(button);
      button.click();
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) !important; }';
      document.head.append(style);
      // Page code calling eval: a script element is how the page runs code of its own, and a
      // string timer is evaluated by the page, not by the DevTools protocol.
      setTimeout('window.stringTimerRan = true;', 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const styled = getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)';
      button.remove();
      style.remove();
      return {
        inlineScript: flags['inlineScriptRan'] === true,
        inlineHandler: flags['inlineHandlerRan'] === true,
        injectedStyle: styled,
        stringTimer: flags['stringTimerRan'] === true,
        violations: [...new Set(violations)].sort(),
      };
    });
    expect(outcome).toEqual({
      inlineScript: false,
      inlineHandler: false,
      injectedStyle: false,
      stringTimer: false,
      violations: expect.arrayContaining(['script-src-elem', 'script-src-attr', 'style-src-elem', 'script-src']),
    });
  });
});
