import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_SCHEME } from '@shared/app-scheme';
import type { Language } from '@shared/document/vocabulary';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract';
import { languageFromLocale } from '@shared/i18n/resources';
import { bundledPaths, USER_DATA_FOLDER } from './app-paths';
import { APP_SCHEME_PRIVILEGES, serveBundleRequest } from './bundle-protocol';
import { DatasetSource } from './dataset-source';
import { createMainI18n } from './i18n';
import { declareIpcDomains } from './ipc/domains';
import { registerIpcHandlers } from './ipc/registry';
import { createMainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import {
  appOrigins,
  contentSecurityPolicy,
  guardWebContents,
  isAllowedPermission,
  isAllowedRequest,
  openExternalAfterConfirmation,
  type ExternalLinkDeps,
} from './security';

// Both must happen before anything else: the data folder keeps one fixed name whatever the
// product name, and a custom scheme can only be made privileged before the app is ready.
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

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
  let mainWindow: BrowserWindow | null = null;
  // French until the app is ready and the system's language is known (getLocale needs ready).
  const i18n = createMainI18n('fr');

  const externalLinks: ExternalLinkDeps = {
    confirm: async (url) => {
      const t = i18n.getFixedT(null, 'main');
      const options = {
        type: 'question' as const,
        title: t('dialog.openExternal.title'),
        message: t('dialog.openExternal.message'),
        detail: t('dialog.openExternal.detail', { url }),
        buttons: [t('dialog.openExternal.open'), t('dialog.openExternal.cancel')],
        defaultId: 1,
        cancelId: 1,
      };
      const { response } = mainWindow
        ? await dialog.showMessageBox(mainWindow, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
    openExternal: (url) => shell.openExternal(url),
  };
  const requestExternal = (url: string): void => {
    void openExternalAfterConfirmation(url, externalLinks).catch(() => undefined);
  };
  const send = (command: MenuCommand): void => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const showAboutApp = (): void => {
    const t = i18n.getFixedT(null, 'main');
    void dialog.showMessageBox({
      type: 'info',
      title: t('dialog.aboutApp.title'),
      message: t('dialog.aboutApp.message', { version: app.getVersion() }),
      detail: t('dialog.aboutApp.detail'),
      buttons: [t('dialog.aboutApp.close')],
    });
  };
  const applyMenu = (language: Language): void => {
    const t = i18n.getFixedT(language, 'main');
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          { t, language, platform: process.platform, isPackaged: app.isPackaged },
          { send, showAboutApp, quit: () => app.quit() },
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
    void i18n.changeLanguage(languageFromLocale(app.getLocale()));
    protocol.handle(APP_SCHEME, (request) => serveBundleRequest(request, paths.rendererDir));

    const defaultSession = session.defaultSession;
    defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(isAllowedPermission(permission)),
    );
    defaultSession.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
    // Offline, always: nothing leaves the machine, whatever a page asks for.
    defaultSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !isAllowedRequest(details.url, origins) }),
    );
    if (devServerUrl) {
      const devOrigin = new URL(devServerUrl).origin;
      defaultSession.webRequest.onHeadersReceived((details, callback) =>
        callback({
          responseHeaders: {
            ...details.responseHeaders,
            'Content-Security-Policy': [contentSecurityPolicy(devOrigin)],
          },
        }),
      );
    }

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
        url: devServerUrl ?? APP_ENTRY_URL,
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
