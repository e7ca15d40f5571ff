import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME } from '@shared/app-scheme';
import type { Language } from '@shared/document/vocabulary';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract';
import { languageFromLocale } from '@shared/i18n/locale';
import { IMPORTABLE_EXTENSIONS } from '@shared/library/vocabulary';
import { bundledPaths, DEBUG_SWITCHES, userDataFolder } from './app-paths';
import { APP_SCHEME_PRIVILEGES, serveBundleRequest } from './bundle-protocol';
import { DatasetSource } from './dataset-source';
import { createCrashLog, describeError, LOG_FOLDER } from './crash-log';
import { createDialogs } from './dialogs';
import { createMainI18n } from './i18n';
import { declareIpcDomains } from './ipc/domains';
import { writeFileAtomic } from './json-file';
import { registerIpcHandlers } from './ipc/registry';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import {
  appOrigins,
  guardWebContents,
  openExternalAfterConfirmation,
  type DevServer,
  type ExternalLinkDeps,
} from './security';
import { applySessionPolicy } from './session-policy';
import { markStartup, withBenchFlag } from './startup-marks';

// electron-vite's development server; a packaged app always loads its own bundle, whatever
// the environment says.
const devServerUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);

// Both must happen before anything else: the data folder keeps one fixed name whatever the
// product name (and exists, as `setPath` requires), and a custom scheme can only be made
// privileged before the app is ready.
const userDataDir = join(app.getPath('appData'), userDataFolder(devServerUrl !== null));
mkdirSync(userDataDir, { recursive: true });
app.setPath('userData', userDataDir);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
markStartup('main-start');

// A person's copy never opens itself to a debugger (the fuses already refuse Node's own flags).
const debugSwitch = app.isPackaged && DEBUG_SWITCHES.some((name) => app.commandLine.hasSwitch(name));
if (!debugSwitch && app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  const crashLog = createCrashLog(join(userDataDir, LOG_FOLDER));
  process.on('uncaughtException', (error) => crashLog.write('main', describeError(error)));
  process.on('unhandledRejection', (reason) => crashLog.write('main', `unhandled rejection: ${describeError(reason)}`));
  const dev: DevServer | null = devServerUrl
    ? { origin: new URL(devServerUrl).origin, nonce: process.env['REPERES_DEV_CSP_NONCE'] ?? null }
    : null;
  const origins = appOrigins(devServerUrl);
  const paths = bundledPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    mainDir: __dirname,
  });
  const dataset = new DatasetSource(paths.datasetFile);
  // Read and validated now, while the window and the page load, so that the renderer's first
  // question (the manifest, asked as its first script runs) is answered at once.
  void dataset.load();
  let mainWindow: BrowserWindow | null = null;
  // French until the app is ready and the system's language is known (getLocale needs ready).
  const i18n = createMainI18n('fr');
  const dialogs = createDialogs({ dialog, i18n, parentWindow: () => mainWindow, appVersion: app.getVersion() });

  const externalLinks: ExternalLinkDeps = {
    confirm: dialogs.confirmOpenExternal,
    openExternal: (url) => shell.openExternal(url),
  };
  const requestExternal = (url: string): void => {
    void openExternalAfterConfirmation(url, externalLinks).catch(() => undefined);
  };
  /** A native save dialog over the window; the path chosen, or null when the person cancels. */
  const chooseSavePath = async (options: Electron.SaveDialogOptions): Promise<string | null> => {
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const send = (command: MenuCommand): void => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const applyMenu = (language: Language): void => {
    const t = i18n.getFixedT(language, 'main');
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          { t, language, platform: process.platform, isPackaged: app.isPackaged },
          { send, showAboutApp: dialogs.showAboutApp, quit: () => app.quit() },
        ),
      ),
    );
  };

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, origins, requestExternal);
    contents.on('console-message', (event) => {
      if (event.level === 'error')
        crashLog.write('renderer', `${event.message} (${event.sourceId}:${event.lineNumber})`);
    });
  });
  // A second launch only brings this window forward: its arguments are never read, so
  // nothing another program passes on the command line reaches the app.
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    markStartup('main-ready');
    void i18n.changeLanguage(languageFromLocale(app.getLocale()));
    protocol.handle(APP_SCHEME, (request) => serveBundleRequest(request, paths.rendererDir));
    applySessionPolicy(session.defaultSession, origins, dev);

    registerIpcHandlers(
      ipcMain,
      declareIpcDomains({
        app: {
          appInfo: () => ({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform }),
          revealLogFolder: async () => {
            mkdirSync(crashLog.folder, { recursive: true });
            // `openPath` answers an empty string on success, a message otherwise.
            const failure = await shell.openPath(crashLog.folder);
            if (failure !== '') throw new Error(failure);
          },
        },
        backup: {
          chooseSavePath: async (kind, suggestedName) => {
            const t = i18n.getFixedT(null, 'main');
            const options = {
              title: t(kind === 'json' ? 'dialog.backup.exportTitle' : 'dialog.backup.markdownTitle'),
              defaultPath: join(app.getPath('documents'), suggestedName),
              filters: [
                kind === 'json'
                  ? { name: t('dialog.backup.jsonFilter'), extensions: ['json'] }
                  : { name: t('dialog.backup.markdownFilter'), extensions: ['md'] },
              ],
            };
            return chooseSavePath(options);
          },
          chooseOpenPath: async () => {
            const t = i18n.getFixedT(null, 'main');
            const options = {
              title: t('dialog.backup.importTitle'),
              properties: ['openFile' as const],
              filters: [{ name: t('dialog.backup.jsonFilter'), extensions: ['json'] }],
            };
            const result = mainWindow
              ? await dialog.showOpenDialog(mainWindow, options)
              : await dialog.showOpenDialog(options);
            return result.canceled ? null : (result.filePaths[0] ?? null);
          },
          fileSize: async (path) => (await stat(path)).size,
          readFile: async (path) => new Uint8Array(await readFile(path)),
          writeFileAtomic,
        },
        dataset,
        externalLinks,
        library: {
          chooseDocumentPaths: async () => {
            const t = i18n.getFixedT(null, 'main');
            const options = {
              title: t('dialog.library.importTitle'),
              properties: ['openFile' as const, 'multiSelections' as const],
              filters: [{ name: t('dialog.library.documentsFilter'), extensions: [...IMPORTABLE_EXTENSIONS] }],
            };
            const result = mainWindow
              ? await dialog.showOpenDialog(mainWindow, options)
              : await dialog.showOpenDialog(options);
            return result.canceled ? null : result.filePaths;
          },
          fileSize: async (path) => (await stat(path)).size,
          readFile: async (path) => new Uint8Array(await readFile(path)),
        },
        print: {
          chooseSavePath: async (suggestedName) => {
            const t = i18n.getFixedT(null, 'main');
            const options = {
              title: t('dialog.pdf.title'),
              defaultPath: join(app.getPath('documents'), suggestedName),
              filters: [{ name: t('dialog.pdf.filter'), extensions: ['pdf'] }],
            };
            return chooseSavePath(options);
          },
          printToPdf: async (options) => {
            if (!mainWindow) throw new Error('no window to print');
            return new Uint8Array(await mainWindow.webContents.printToPDF(options));
          },
          writeFileAtomic,
        },
        ui: {
          setLanguage: (language) => {
            void i18n.changeLanguage(language);
            applyMenu(language);
          },
        },
      }),
      origins,
    );
    applyMenu(languageFromLocale(app.getLocale()));

    const openWindow = async (): Promise<void> => {
      mainWindow = await createMainWindow({
        userDataDir: app.getPath('userData'),
        preloadFile: paths.preloadFile,
        iconFile: paths.iconFile,
        url: withBenchFlag(devServerUrl ?? APP_ENTRY_URL),
        title: 'Repères',
        devTools: !app.isPackaged,
        health: {
          ask: dialogs.askAfterWindowTrouble,
          log: (message) => crashLog.write('window', message),
          quit: () => app.quit(),
        },
      });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    };
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow();
    });
    await openWindow();
  });
}
