import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { createElectronMock } from './electron-mock';

async function startMain(options: { gotLock?: boolean } = {}) {
  const electron = createElectronMock(options);
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  await import('../../../electron/main/index');
  return electron;
}

describe('main process start-up', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('pins the data folder and registers the app scheme before anything else', async () => {
    const { calls } = await startMain();
    expect(calls.slice(0, 3)).toEqual([
      'app.getPath appData',
      'app.setPath userData /home/person/.config/Reperes',
      'protocol.registerSchemesAsPrivileged',
    ]);
    expect(calls.indexOf('app.getPath userData')).toBe(-1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { calls, module } = await startMain({ gotLock: false });
    expect(calls).toContain('app.quit');
    expect(module.app.on).not.toHaveBeenCalled();
  });

  it('once ready: serves its scheme, registers every IPC channel, opens one hardened window on its bundle', async () => {
    const started = await startMain();
    started.becomeReady();
    // The window opens after reading its saved state from disk: wait for it, however slow the disk.
    await vi.waitFor(() => expect(started.windows).toHaveLength(1));
    expect(started.calls).toContain('protocol.handle');
    expect(started.ipcChannels).toEqual([...IPC_CHANNELS]);
    expect(started.windows).toHaveLength(1);
    expect(started.windows[0]?.url).toBe('reperes://app/index.html');
    expect(started.windows[0]?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    const preferences = started.windows[0]?.options['webPreferences'] as { preload: string } | undefined;
    expect(preferences?.preload).toMatch(/preload[\\/]index\.cjs$/u);
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
});
