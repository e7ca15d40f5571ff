import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import type { AppHandle, DialogRecord, LaunchOptions, OpenDialogAnswer, SaveDialogAnswer } from './app-handle';
import { recordConsoleErrors } from './console-errors';
import { projectRoot } from './paths';

/** What the instrumented main process keeps for the specs, on its `globalThis`. */
interface ElectronE2eState {
  dialogs: DialogRecord[];
  opened: string[];
  openedPaths: string[];
  next: number | null;
  nextOpen: OpenDialogAnswer | null;
  nextSave: SaveDialogAnswer | null;
}

/**
 * Runs the same specs against the real app when Electron's binary is present. The main
 * process is instrumented through Playwright's `evaluate` so that dialogs get scripted
 * answers and `shell.openExternal` is recorded instead of opening a browser.
 */
export async function launchElectron(executablePath: string, options: LaunchOptions): Promise<AppHandle> {
  const started = performance.now();
  const app = await electron.launch({
    executablePath,
    args: [options.appPath ?? projectRoot, `--lang=${options.locale}`],
    cwd: projectRoot,
    env: {
      ...process.env,
      ELECTRON_DISABLE_SECURITY_WARNINGS: 'false',
      APPDATA: join(options.profileDir, 'appData'),
      XDG_CONFIG_HOME: join(options.profileDir, 'appData'),
      HOME: options.profileDir,
    },
    locale: options.locale,
    colorScheme: options.colorScheme,
  });
  await app.evaluate(({ BaseWindow, dialog, shell }) => {
    const state = globalThis as unknown as { reperesE2e: ElectronE2eState };
    state.reperesE2e = { dialogs: [], opened: [], openedPaths: [], next: null, nextOpen: null, nextSave: null };
    // Electron's two signatures: `(window, options)` and `(options)`.
    const read = (args: unknown[]) => {
      const [first, second] = args;
      const parented = first instanceof BaseWindow;
      const given = parented || first === null || first === undefined ? second : first;
      return { options: (given ?? {}) as Record<string, unknown>, parented };
    };
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const asked = read(args);
      const cancelId = asked.options['cancelId'];
      const response = state.reperesE2e.next ?? (typeof cancelId === 'number' ? cancelId : 0);
      state.reperesE2e.next = null;
      state.reperesE2e.dialogs.push({ kind: 'message', ...asked, response });
      return { response, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
    dialog.showOpenDialog = (async (...args: unknown[]) => {
      const answer = state.reperesE2e.nextOpen ?? { canceled: true, filePaths: [] };
      state.reperesE2e.nextOpen = null;
      state.reperesE2e.dialogs.push({ kind: 'open', ...read(args), answer });
      return { ...answer, filePaths: [...answer.filePaths] };
    }) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const answer = state.reperesE2e.nextSave ?? { canceled: true, filePath: '' };
      state.reperesE2e.nextSave = null;
      state.reperesE2e.dialogs.push({ kind: 'save', ...read(args), answer });
      return { ...answer };
    }) as typeof dialog.showSaveDialog;
    shell.openExternal = (async (url: string) => {
      state.reperesE2e.opened.push(url);
    }) as typeof shell.openExternal;
    shell.openPath = (async (path: string) => {
      state.reperesE2e.openedPaths.push(path);
      return '';
    }) as typeof shell.openPath;
  });
  // Registered as early as Playwright allows; the first window may already be loading.
  for (const script of options.initScripts ?? []) await app.context().addInitScript({ content: script });
  const page = await app.firstWindow();
  await page.setViewportSize(options.viewport);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const consoleErrors = recordConsoleErrors(page);
  await page.waitForLoadState('load');

  return {
    engine: 'electron',
    page,
    launchedAt: started,
    mainMarks: () =>
      app.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .map((mark) => ({ name: mark.name, epochMs: performance.timeOrigin + mark.startTime })),
      ),
    requests: () => [...requests],
    consoleErrors,
    dialogs: () => app.evaluate(() => (globalThis as unknown as { reperesE2e: ElectronE2eState }).reperesE2e.dialogs),
    answerNextDialog: (response) => scriptNext(app, 'next', response),
    answerNextOpenDialog: (answer) => scriptNext(app, 'nextOpen', answer),
    answerNextSaveDialog: (answer) => scriptNext(app, 'nextSave', answer),
    openedExternal: () =>
      app.evaluate(() => (globalThis as unknown as { reperesE2e: { opened: string[] } }).reperesE2e.opened),
    openedPaths: () =>
      app.evaluate(() => (globalThis as unknown as { reperesE2e: { openedPaths: string[] } }).reperesE2e.openedPaths),
    // Electron has no API to read a session's permission handlers back.
    permissionAnswers: async () => null,
    // Electron has no API to read a window's web preferences back; the renderer-side checks
    // (no require, no process, no ipcRenderer) prove them in this engine.
    webPreferences: async () => null,
    menuTemplate: () => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? null),
    sendMenuCommand: (command) =>
      app.evaluate(({ BrowserWindow }, value) => {
        BrowserWindow.getAllWindows()[0]?.webContents.send('menu:command', value);
      }, command),
    close: () => app.close(),
  };
}

/** Sets the answer the next dialog of a kind gets, in the Electron main process. */
async function scriptNext<K extends 'next' | 'nextOpen' | 'nextSave'>(
  app: ElectronApplication,
  key: K,
  answer: ElectronE2eState[K],
): Promise<void> {
  await app.evaluate(
    (_electron, [name, value]) => {
      (globalThis as unknown as { reperesE2e: Record<string, unknown> }).reperesE2e[name] = value;
    },
    [key, answer] as const,
  );
}
