import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, apiNameOf, IPC_CHANNELS } from '@shared/ipc/contract';

/** Runs the real preload against a recording `electron`, and returns what it exposed. */
async function exposedApi() {
  const exposeInMainWorld = vi.fn();
  const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
  vi.resetModules();
  vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));
  await import('../../../electron/preload/index');
  expect(exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, (...args: unknown[]) => unknown>];
  return { key, api, ipcRenderer };
}

describe('the preload', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('exposes one function per channel and onMenuCommand, frozen by the preload itself', async () => {
    const { key, api } = await exposedApi();
    expect(key).toBe(API_GLOBAL);
    expect(Object.keys(api).sort()).toEqual([...IPC_CHANNELS.map(apiNameOf), 'onMenuCommand'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it("passes the page's arguments to its own channel, and nothing of ipcRenderer", async () => {
    const { api, ipcRenderer } = await exposedApi();
    await api['linkOpenExternal']?.({ url: 'https://www.iom.int/' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('link:openExternal', { url: 'https://www.iom.int/' });
    expect(Object.values(api)).not.toContain(ipcRenderer.invoke);
  });

  it('forwards only known menu commands, and stops when asked', async () => {
    const { api, ipcRenderer } = await exposedApi();
    const listener = vi.fn();
    const stop = api['onMenuCommand']?.(listener) as () => void;
    const forward = ipcRenderer.on.mock.calls[0]?.[1] as (event: unknown, command: unknown) => void;
    forward({}, 'not-a-command');
    forward({}, { command: 'library' });
    expect(listener).not.toHaveBeenCalled();
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });
});
