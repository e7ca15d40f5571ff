import type { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { createElectronMock, type ElectronMockOptions } from './electron-mock';
import { expectedWebPreferences } from './expected-web-preferences';

async function startMain(options: ElectronMockOptions = {}) {
  const electron = createElectronMock(options);
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  await import('../../../electron/main/index');
  return electron;
}

async function startedWindow(options: ElectronMockOptions = {}) {
  const started = await startMain(options);
  started.becomeReady();
  // The window opens after reading its saved state from disk: wait for it, however slow the disk.
  await vi.waitFor(() => expect(started.windowObjects).toHaveLength(1));
  return { ...started, window: started.windowObjects[0]! };
}

const PROCESS_EVENTS = ['uncaughtException', 'unhandledRejection'] as const;

describe('main process start-up', () => {
  let listenersBefore: Map<string, unknown[]>;
  beforeEach(() => {
    listenersBefore = new Map<string, unknown[]>(
      PROCESS_EVENTS.map((event) => [event, process.listeners(event as 'uncaughtException')]),
    );
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  });
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
    vi.unstubAllEnvs();
    // Each start adds main's crash-log listeners to this test process: take them off again.
    for (const event of PROCESS_EVENTS) {
      for (const listener of process.listeners(event as 'uncaughtException')) {
        if (!listenersBefore.get(event)?.includes(listener)) process.off(event, listener as never);
      }
    }
  });

  it('creates and pins the data folder, and registers the app scheme, before anything else', async () => {
    const { calls, appData } = await startMain();
    expect(calls.slice(0, 3)).toEqual([
      'app.getPath appData',
      `app.setPath userData ${join(appData, 'Reperes')}`,
      'protocol.registerSchemesAsPrivileged',
    ]);
    expect(existsSync(join(appData, 'Reperes'))).toBe(true);
    expect(calls.indexOf('app.getPath userData')).toBe(-1);
  });

  it("gives development against Vite's server a data folder of its own", async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { calls, appData } = await startMain();
    expect(calls).toContain(`app.setPath userData ${join(appData, 'Reperes-dev')}`);
  });

  it('ignores the development server when packaged: its own data folder, its own bundle, no developer tools', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://evil.example:5173');
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Reperes/resources', configurable: true });
    const { calls, appData, windows } = await startedWindow({ isPackaged: true });
    Reflect.deleteProperty(process, 'resourcesPath');
    expect(calls).toContain(`app.setPath userData ${join(appData, 'Reperes')}`);
    expect(windows[0]?.url).toBe('reperes://app/index.html');
    expect(windows[0]?.options['webPreferences']).toMatchObject({ devTools: false });
  });

  it.each(['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk'])(
    'refuses to start packaged with --%s',
    async (name) => {
      const { calls, module } = await startMain({ isPackaged: true, switches: [name] });
      expect(calls).toContain('app.quit');
      expect(calls).not.toContain('app.requestSingleInstanceLock');
      expect(module.app.on).not.toHaveBeenCalled();
    },
  );

  it('starts unpackaged with a debugging switch (development), with developer tools', async () => {
    const { windows, calls } = await startedWindow({ switches: ['remote-debugging-port'] });
    expect(calls).not.toContain('app.quit');
    expect(windows[0]?.options['webPreferences']).toMatchObject({ devTools: true });
  });

  it('quits at once when another instance holds the lock', async () => {
    const { calls, module } = await startMain({ gotLock: false });
    expect(calls).toContain('app.quit');
    expect(module.app.on).not.toHaveBeenCalled();
  });

  it('once ready: serves its scheme, registers every IPC channel, opens one hardened window on its bundle', async () => {
    const started = await startedWindow();
    expect(started.calls).toContain('protocol.handle');
    expect(started.ipcChannels).toEqual([...IPC_CHANNELS]);
    expect(started.windows).toHaveLength(1);
    expect(started.windows[0]?.url).toBe('reperes://app/index.html');
    expect(started.windows[0]?.options['webPreferences']).toEqual(
      expectedWebPreferences(expect.stringMatching(/preload[\\/]index\.cjs$/u), true),
    );
    expect(started.module.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(started.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates', async () => {
    const started = await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    started.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('logs the errors a page reports to the log file, and nothing else it says', async () => {
    const started = await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    started.appEvents.emit('web-contents-created', {}, contents);
    const onConsole = contents.on.mock.calls.find(([event]) => event === 'console-message')?.[1] as (
      event: Record<string, unknown>,
    ) => void;
    onConsole({ level: 'info', message: 'hello', sourceId: 'reperes://app/a.js', lineNumber: 1 });
    onConsole({ level: 'error', message: 'Uncaught TypeError: x', sourceId: 'reperes://app/a.js', lineNumber: 7 });
    const log = readFileSync(join(started.appData, 'Reperes', 'logs', 'reperes.log'), 'utf8');
    expect(log).toContain('[renderer] Uncaught TypeError: x (reperes://app/a.js:7)');
    expect(log).not.toContain('hello');
  });

  it("wires the session's permission handlers: exactly what the app allows, for requests and checks", async () => {
    const started = await startedWindow();
    const session = started.module.session.defaultSession;
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as
      ((contents: unknown, permission: string) => boolean) | undefined;
    expect(request).toBeTypeOf('function');
    expect(check).toBeTypeOf('function');
    const answer = (permission: string) => {
      let granted: boolean | null = null;
      request?.({}, permission, (value) => {
        granted = value;
      });
      return { request: granted, check: check?.({}, permission) };
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'hid', 'serial', 'usb'])
      expect(answer(permission), permission).toEqual({ request: false, check: false });
    for (const permission of ['clipboard-sanitized-write', 'persistent-storage', 'fullscreen'])
      expect(answer(permission), permission).toEqual({ request: true, check: true });
  });

  it('brings its window forward for a second launch, and reads none of its arguments', async () => {
    const started = await startedWindow();
    const argv = ['/usr/bin/reperes', '--remote-debugging-port=9222', 'reperes://app/evil', '/tmp/file.json'];
    const argvRead = vi.fn();
    const watchedArgv = new Proxy(argv, {
      get(target, property, receiver) {
        argvRead(property);
        return Reflect.get(target, property, receiver);
      },
    });
    vi.mocked(started.window['isMinimized'] as () => boolean).mockReturnValue(true);
    started.appEvents.emit('second-instance', {}, watchedArgv, '/home/other', { extra: 'data' });
    expect(started.window['restore']).toHaveBeenCalledOnce();
    expect(started.window['focus']).toHaveBeenCalledOnce();
    expect(argvRead).not.toHaveBeenCalled();
    expect(started.windows[0]?.url).toBe('reperes://app/index.html');
    expect(started.module.shell.openExternal).not.toHaveBeenCalled();
  });

  it('restores a maximised window only once it is ready to show (maximize would show it blank)', async () => {
    const started = await startMain();
    writeFileSync(
      join(started.appData, 'Reperes', 'window-state.json'),
      JSON.stringify({ bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: true }),
    );
    started.becomeReady();
    await vi.waitFor(() => expect(started.windowObjects).toHaveLength(1));
    const window = started.windowObjects[0] as unknown as {
      maximize: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
      events: EventEmitter;
    };
    expect(window.maximize).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.events.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('when the page cannot load, shows the window and a native message in the interface language', async () => {
    const started = await startedWindow({ failLoad: true });
    await vi.waitFor(() => expect(started.module.dialog.showMessageBox).toHaveBeenCalled());
    expect(started.window['show']).toHaveBeenCalled();
    expect(started.module.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', buttons: ['Reload', 'Quit'] }),
    );
  });

  it('logs an uncaught error of the main process to the log file in its data folder', async () => {
    const started = await startedWindow();
    (process.emit as (event: string, ...args: unknown[]) => boolean)('uncaughtException', new Error('main broke'));
    expect(readFileSync(join(started.appData, 'Reperes', 'logs', 'reperes.log'), 'utf8')).toContain(
      '[main] Error: main broke',
    );
  });
});
