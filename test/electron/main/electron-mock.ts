import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A recording `electron` module for unit tests of main-process modules: every call lands
 * in `calls`, in order, so a test can assert what happened before `ready`.
 */
export function createElectronMock(options: { gotLock?: boolean } = {}) {
  const calls: string[] = [];
  const appEvents = new EventEmitter();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const windows: Array<{ options: Record<string, unknown>; url: string | null }> = [];
  const ipcChannels: string[] = [];
  const module = {
    app: {
      isPackaged: false,
      setPath: vi.fn((name: string, path: string) => calls.push(`app.setPath ${name} ${path}`)),
      getPath: vi.fn((name: string) => {
        calls.push(`app.getPath ${name}`);
        return name === 'appData' ? '/home/person/.config' : `/home/person/.config/Reperes`;
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
        Object.assign(this, {
          loadURL: vi.fn(async (url: string) => {
            record.url = url;
          }),
          once: vi.fn(),
          on: vi.fn(),
          maximize: vi.fn(),
          show: vi.fn(),
          isMaximized: () => false,
          getNormalBounds: () => ({ x: 0, y: 0, width: 1200, height: 820 }),
          webContents: { send: vi.fn() },
        });
      }),
      { getAllWindows: () => [] },
    ),
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    nativeTheme: { shouldUseDarkColors: false },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 1 })) },
    shell: { openExternal: vi.fn() },
  };
  return { module, calls, windows, ipcChannels, becomeReady: () => resolveReady(), appEvents };
}
