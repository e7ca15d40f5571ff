import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  CANCELLED_OPEN,
  CANCELLED_SAVE,
  type DialogRecord,
  type OpenDialogAnswer,
  type SaveDialogAnswer,
} from './app-handle';

/**
 * A small, honest stand-in for the `electron` module, for running the real main-process
 * bundle in Node against a real Chromium driven by Playwright. It implements only what the
 * app uses and fails loudly on anything else: a property the app reads that is not here
 * throws, so a new Electron API in the app shows up as a harness failure, not a silent no-op.
 */

export interface StandInOptions {
  context: BrowserContext;
  /** Where `app.getPath('appData')` points: the profile's own folder. */
  appDataDir: string;
  /** `app.getAppPath()`: the project root, or a copy with another dataset. */
  appPath: string;
  locale: string;
  version: string;
  darkMode: boolean;
  /** The first window takes over this page (the persistent context opens one). */
  firstPage: Page;
  /**
   * Runs the preload file a window's `webPreferences.preload` names in its page, before the
   * page's own scripts, as Electron does: a window without one gets none.
   */
  injectPreload(page: Page, preloadFile: string): Promise<void>;
}

type Handler = (...args: never[]) => unknown;

/** Wraps an object so that reading any property it does not define throws. */
export function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object || property === 'then' || property === 'toJSON') {
        return Reflect.get(object, property, receiver);
      }
      throw new Error(
        `electron stand-in: ${name}.${String(property)} is not implemented (the app uses an Electron API the harness does not know)`,
      );
    },
  });
}

export class ElectronStandIn {
  readonly ipcHandlers = new Map<string, Handler>();
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  readonly privilegedSchemes: unknown[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly openedExternal: string[] = [];
  readonly openedPaths: string[] = [];
  readonly windows: StandInWindow[] = [];
  readonly beforeRequestListeners: Array<
    (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void
  > = [];
  readonly permissionHandlers: { request: Handler | null; check: Handler | null } = { request: null, check: null };
  applicationMenu: unknown = null;
  quitRequested = false;
  nextDialogResponse: number | null = null;
  nextOpenDialogAnswer: OpenDialogAnswer | null = null;
  nextSaveDialogAnswer: SaveDialogAnswer | null = null;

  private readonly appEvents = new EventEmitter();
  private readonly paths = new Map<string, string>();
  private ready = false;
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => undefined;

  constructor(readonly options: StandInOptions) {
    this.readyPromise = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
    this.paths.set('appData', options.appDataDir);
    // Electron knows the person's documents folder from the start; dialogs suggest it.
    this.paths.set('documents', join(options.appDataDir, '..', 'Documents'));
  }

  /** Electron emits `ready` once the main script has run its first turn. */
  becomeReady(): void {
    this.ready = true;
    this.appEvents.emit('ready');
    this.resolveReady();
  }

  emitApp(event: string, ...args: unknown[]): void {
    this.appEvents.emit(event, ...args);
  }

  get module(): Record<string, unknown> {
    return this.buildModule();
  }

  /**
   * A dialog's arguments as Electron reads them: `(window, options)` or `(options)`; a
   * missing window (`null`, `undefined`) before the options counts as none.
   */
  private dialogArguments(args: unknown[]): { options: Record<string, unknown>; parented: boolean } {
    const [first, second] = args;
    const parented = this.windows.some((window) => window.proxy === first);
    const options = parented || first === null || first === undefined ? second : first;
    return { options: (options ?? {}) as Record<string, unknown>, parented };
  }

  private buildModule(): Record<string, unknown> {
    const app = strict('app', {
      isPackaged: false,
      setPath: (name: string, path: string) => {
        if (this.ready && name === 'userData')
          throw new Error('electron stand-in: userData must be set before the app is ready');
        this.paths.set(name, path);
      },
      getPath: (name: string) => {
        const path = this.paths.get(name);
        if (path === undefined) throw new Error(`electron stand-in: app.getPath('${name}') read before it was set`);
        return path;
      },
      getAppPath: () => this.options.appPath,
      getLocale: () => {
        if (!this.ready) throw new Error('electron stand-in: app.getLocale() is only available once the app is ready');
        return this.options.locale;
      },
      getVersion: () => this.options.version,
      requestSingleInstanceLock: () => true,
      quit: () => {
        this.quitRequested = true;
      },
      on: (event: string, listener: (...args: unknown[]) => void) => {
        this.appEvents.on(event, listener);
        return app;
      },
      whenReady: () => this.readyPromise,
    });
    const protocol = strict('protocol', {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (this.ready)
          throw new Error('electron stand-in: registerSchemesAsPrivileged must be called before the app is ready');
        this.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        if (!this.ready) throw new Error('electron stand-in: protocol.handle is only available once the app is ready');
        this.protocolHandlers.set(scheme, handler);
      },
    });
    const defaultSession = strict('session.defaultSession', {
      setPermissionRequestHandler: (handler: Handler) => {
        this.permissionHandlers.request = handler;
      },
      setPermissionCheckHandler: (handler: Handler) => {
        this.permissionHandlers.check = handler;
      },
      webRequest: strict('session.defaultSession.webRequest', {
        onBeforeRequest: (
          listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
        ) => {
          this.beforeRequestListeners.push(listener);
        },
        onHeadersReceived() {
          // Only used with electron-vite's development server, which the harness never runs.
        },
      }),
    });
    const createWindow = (options: Record<string, unknown>): Record<string, unknown> => {
      const window = new StandInWindow(this, options);
      this.windows.push(window);
      return window.proxy;
    };
    const BrowserWindow = Object.assign(
      // Called with `new`: returning an object makes it the constructed value.
      function BrowserWindowStandIn(options: Record<string, unknown>) {
        return createWindow(options);
      },
      { getAllWindows: () => this.windows.filter((window) => !window.closed).map((window) => window.proxy) },
    );
    return strict('electron', {
      app,
      protocol,
      session: strict('session', { defaultSession }),
      ipcMain: strict('ipcMain', {
        handle: (channel: string, handler: Handler) => {
          if (this.ipcHandlers.has(channel))
            throw new Error(`electron stand-in: a handler for ${channel} is already registered`);
          this.ipcHandlers.set(channel, handler);
        },
      }),
      BrowserWindow,
      Menu: strict('Menu', {
        buildFromTemplate: (template: unknown) => ({ template }),
        setApplicationMenu: (menu: unknown) => {
          this.applicationMenu = menu;
        },
      }),
      screen: strict('screen', {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      }),
      nativeTheme: strict('nativeTheme', { shouldUseDarkColors: this.options.darkMode }),
      dialog: strict('dialog', {
        showMessageBox: async (...args: unknown[]) => {
          const { options, parented } = this.dialogArguments(args);
          const response =
            this.nextDialogResponse ?? (typeof options['cancelId'] === 'number' ? options['cancelId'] : 0);
          this.nextDialogResponse = null;
          this.dialogs.push({ kind: 'message', options, parented, response });
          return { response, checkboxChecked: false };
        },
        showOpenDialog: async (...args: unknown[]) => {
          const answer = { ...(this.nextOpenDialogAnswer ?? CANCELLED_OPEN) };
          this.nextOpenDialogAnswer = null;
          this.dialogs.push({ kind: 'open', ...this.dialogArguments(args), answer });
          return { ...answer, filePaths: [...answer.filePaths] };
        },
        showSaveDialog: async (...args: unknown[]) => {
          const answer = { ...(this.nextSaveDialogAnswer ?? CANCELLED_SAVE) };
          this.nextSaveDialogAnswer = null;
          this.dialogs.push({ kind: 'save', ...this.dialogArguments(args), answer });
          return { ...answer };
        },
      }),
      shell: strict('shell', {
        openExternal: async (url: string) => {
          this.openedExternal.push(url);
        },
        openPath: async (path: string) => {
          this.openedPaths.push(path);
          return '';
        },
      }),
    });
  }
}

/** The options of Electron's `webContents.printToPDF` the app uses. */
interface ElectronPdfOptions {
  pageSize?: string;
  landscape?: boolean;
  printBackground?: boolean;
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
}

/** A queue whose reader waits for the next item. */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly waiters: Array<(item: T) => void> = [];

  push(item: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }

  next(): Promise<T> {
    const item = this.items.shift();
    return item !== undefined ? Promise.resolve(item) : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** A BrowserWindow backed by a Playwright page. */
export class StandInWindow {
  readonly events = new EventEmitter();
  readonly contentsEvents = new EventEmitter();
  readonly proxy: Record<string, unknown>;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  page: Page | null = null;
  closed = false;
  maximized = false;
  shown = false;
  readonly loaded: Promise<void>;
  /** Messages from main to this window's renderer (`webContents.send`), delivered in order. */
  readonly rendererEvents = new AsyncQueue<{ channel: string; args: unknown[] }>();
  private markLoaded: () => void = () => undefined;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly options: Record<string, unknown>,
  ) {
    this.loaded = new Promise((resolve) => {
      this.markLoaded = resolve;
    });
    const webContents: Record<string, unknown> = strict('webContents', {
      on: (event: string, listener: (...args: unknown[]) => void) => {
        this.contentsEvents.on(event, listener);
        return webContents;
      },
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
        this.windowOpenHandler = handler;
      },
      send: (channel: string, ...args: unknown[]) => {
        this.rendererEvents.push({ channel, args });
      },
      // Electron's printToPDF drives the same Chromium PDF output as Playwright's page.pdf
      // (DevTools' Page.printToPDF); its options are mapped, inches and all.
      printToPDF: async (pdf: ElectronPdfOptions) => {
        if (!this.page) throw new Error('printToPDF before the page loaded');
        const inches = (value: number | undefined) => (value === undefined ? undefined : `${value}in`);
        return this.page.pdf({
          format: pdf.pageSize,
          landscape: pdf.landscape,
          printBackground: pdf.printBackground,
          displayHeaderFooter: pdf.displayHeaderFooter,
          headerTemplate: pdf.headerTemplate,
          footerTemplate: pdf.footerTemplate,
          tagged: pdf.generateTaggedPDF,
          outline: pdf.generateDocumentOutline,
          margin: {
            top: inches(pdf.margins?.top),
            bottom: inches(pdf.margins?.bottom),
            left: inches(pdf.margins?.left),
            right: inches(pdf.margins?.right),
          },
        });
      },
    });
    this.proxy = strict('BrowserWindow', {
      webContents,
      loadURL: async (url: string) => {
        await this.load(url);
      },
      show: () => {
        this.shown = true;
      },
      once: (event: string, listener: (...args: unknown[]) => void) => {
        this.events.once(event, listener);
        return this.proxy;
      },
      on: (event: string, listener: (...args: unknown[]) => void) => {
        this.events.on(event, listener);
        return this.proxy;
      },
      maximize: () => {
        this.maximized = true;
      },
      isMaximized: () => this.maximized,
      isMinimized: () => false,
      restore: () => undefined,
      focus: () => {
        void this.page?.bringToFront();
      },
      getNormalBounds: () => ({ x: 0, y: 0, ...(this.page?.viewportSize() ?? { width: 1280, height: 860 }) }),
    });
    standIn.emitApp('web-contents-created', {}, webContents);
  }

  private async load(url: string): Promise<void> {
    if (this.page === null) {
      this.page =
        this.standIn.windows[0] === this
          ? this.standIn.options.firstPage
          : await this.standIn.options.context.newPage();
      const preload = (this.options['webPreferences'] as { preload?: unknown } | undefined)?.preload;
      if (typeof preload === 'string') await this.standIn.options.injectPreload(this.page, preload);
    }
    await this.page.goto(toHarnessUrl(url), { waitUntil: 'load' });
    this.markLoaded();
    this.events.emit('ready-to-show');
  }

  /** Closing the window, as a person does: `close`, then `closed`, then the app's turn. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.events.emit('close', { preventDefault() {} });
    this.closed = true;
    this.events.emit('closed');
    if (this.standIn.windows.every((window) => window.closed)) this.standIn.emitApp('window-all-closed');
  }
}

/**
 * The app's scheme cannot be loaded by a stock Chromium, so the harness serves the same
 * bytes from a loopback-named origin (a secure context, like the app's scheme) through the
 * app's own protocol handler.
 */
export const HARNESS_ORIGIN = 'http://reperes-app.localhost';
const APP_ORIGIN_PREFIX = 'reperes://app';

export const toHarnessUrl = (url: string): string =>
  url.startsWith(APP_ORIGIN_PREFIX) ? `${HARNESS_ORIGIN}${url.slice(APP_ORIGIN_PREFIX.length)}` : url;
export const toAppUrl = (url: string): string =>
  url.startsWith(HARNESS_ORIGIN) ? `${APP_ORIGIN_PREFIX}${url.slice(HARNESS_ORIGIN.length)}` : url;
