/**
 * Wraps the real, built preload (CommonJS) so that it runs in the page before the app's
 * scripts, as Electron runs a sandboxed preload: its `require` knows only 'electron', whose
 * renderer modules are `contextBridge` (mapped onto `window`) and `ipcRenderer` (mapped
 * onto a Playwright binding that reaches the main bundle's `ipcMain` handlers). The binding
 * is taken into this closure and removed from `window`, so the page itself sees only what
 * the preload exposes.
 */
export const HARNESS_BINDING = '__reperesHarnessIpc';

export function preloadInjection(preloadSource: string): string {
  return `(() => {
  const ipc = window[${JSON.stringify(HARNESS_BINDING)}];
  delete window[${JSON.stringify(HARNESS_BINDING)}];
  if (typeof ipc !== 'function') throw new Error('harness: IPC binding missing');
  const listeners = new Map();
  let pumping = false;
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    for (;;) {
      const message = await ipc({ kind: 'next-event' });
      for (const listener of listeners.get(message.channel) ?? []) listener({ sender: null }, ...message.args);
    }
  };
  const electron = {
    contextBridge: {
      // A copy of what the preload hands over, not frozen here: Electron's bridge also
      // freezes it, but a spec of the harness must see only what the preload did itself.
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.isFrozen(api) ? Object.freeze({ ...api }) : { ...api }, enumerable: false, writable: false, configurable: false });
      },
    },
    ipcRenderer: {
      invoke: (channel, ...args) => ipc({ kind: 'invoke', channel, args }),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
        void pump();
        return electron.ipcRenderer;
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
        return electron.ipcRenderer;
      },
    },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('a sandboxed preload can only require electron, not ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
