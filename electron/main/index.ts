import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME } from '@shared/app-scheme';
import type { Language } from '@shared/document/vocabulary';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract';
import { languageFromLocale } from '@shared/i18n/locale';
import { bundledPaths, USER_DATA_FOLDER } from './app-paths';
import { APP_SCHEME_PRIVILEGES, serveBundleRequest } from './bundle-protocol';
import { DatasetSource } from './dataset-source';
import { createDialogs } from './dialogs';
import { createMainI18n } from './i18n';
import { declareIpcDomains } from './ipc/domains';
import { registerIpcHandlers } from './ipc/registry';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { appOrigins, guardWebContents, openExternalAfterConfirmation, type ExternalLinkDeps } from './security';
import { applySessionPolicy } from './session-policy';
import { markStartup, withBenchFlag } from './startup-marks';

// Both must happen before anything else: the data folder keeps one fixed name whatever the
// product name, and a custom scheme can only be made privileged before the app is ready.
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
markStartup('main-start');

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  // electron-vite's development server; a packaged app always loads its own bundle.
  const devServerUrl = app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null);
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

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins, requestExternal));
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
    applySessionPolicy(session.defaultSession, origins, devServerUrl);

    registerIpcHandlers(
      ipcMain,
      declareIpcDomains({
        app: { appInfo: () => ({ version: app.getVersion(), locale: app.getLocale(), platform: process.platform }) },
        dataset,
        externalLinks,
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
