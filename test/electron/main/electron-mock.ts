import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * A recording `electron` module for unit tests of main-process modules: every call lands
 * in `calls`, in order, so a test can assert what happened before `ready`.
 */
export interface ElectronMockOptions {
  gotLock?: boolean;
  isPackaged?: boolean;
  /** Command-line switches the app was started with. */
  switches?: string[];
  /** `loadURL` rejects, as it does when the page cannot load. */
  failLoad?: boolean;
}

export function createElectronMock(options: ElectronMockOptions = {}) {
  const calls: string[] = [];
  // A real folder: main creates its data folder before pinning it.
  const appData = mkdtempSync(join(tmpdir(), 'reperes-appdata-'));
  const paths = new Map<string, string>([['appData', appData]]);
  const windowObjects: Array<{ events: EventEmitter; contentsEvents: EventEmitter } & Record<string, unknown>> = [];
  const appEvents = new EventEmitter();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const windows: Array<{ options: Record<string, unknown>; url: string | null }> = [];
  const ipcChannels: string[] = [];
  const module = {
    app: {
      isPackaged: options.isPackaged ?? false,
      commandLine: { hasSwitch: vi.fn((name: string) => (options.switches ?? []).includes(name)) },
      setPath: vi.fn((name: string, path: string) => {
        calls.push(`app.setPath ${name} ${path}`);
        paths.set(name, path);
      }),
      getPath: vi.fn((name: string) => {
        calls.push(`app.getPath ${name}`);
        const path = paths.get(name);
        if (path === undefined) throw new Error(`getPath(${name}) before it was set`);
        return path;
      }),
      getAppPath: () => '/project',
      getLocale: () => 'en-GB',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: vi.fn(() => {
        calls.push('app.requestSingleInstanceLock');
        return options.gotLock ?? true;
      }),
      quit: vi.fn(() => calls.push('app.quit')),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.on(event, listener)),
      whenReady: () => ready,
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('protocol.registerSchemesAsPrivileged')),
      handle: vi.fn(() => calls.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
    ipcMain: { handle: vi.fn((channel: string) => ipcChannels.push(channel)) },
    BrowserWindow: Object.assign(
      vi.fn(function BrowserWindow(this: Record<string, unknown>, windowOptions: Record<string, unknown>) {
        const record = { options: windowOptions, url: null as string | null };
        windows.push(record);
        const events = new EventEmitter();
        const contentsEvents = new EventEmitter();
        Object.assign(this, {
          events,
          contentsEvents,
          loadURL: vi.fn(async (url: string) => {
            record.url = url;
            if (options.failLoad) throw new Error('ERR_FILE_NOT_FOUND (-6) loading ' + url);
          }),
          once: vi.fn((event: string, listener: (...args: unknown[]) => void) => events.once(event, listener)),
          on: vi.fn((event: string, listener: (...args: unknown[]) => void) => events.on(event, listener)),
          maximize: vi.fn(),
          show: vi.fn(),
          restore: vi.fn(),
          focus: vi.fn(),
          isMinimized: vi.fn(() => false),
          isDestroyed: () => false,
          isMaximized: () => false,
          getNormalBounds: () => ({ x: 0, y: 0, width: 1200, height: 820 }),
          webContents: {
            send: vi.fn(),
            loadURL: vi.fn(async () => undefined),
            forcefullyCrashRenderer: vi.fn(),
            on: vi.fn((event: string, listener: (...args: unknown[]) => void) => contentsEvents.on(event, listener)),
          },
        });
        windowObjects.push(this as never);
      }),
      { getAllWindows: () => [] },
    ),
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })) },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
  };
  return { module, calls, windows, windowObjects, ipcChannels, appData, becomeReady: () => resolveReady(), appEvents };
}
