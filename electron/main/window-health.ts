import type { BrowserWindow, Event, RenderProcessGoneDetails } from 'electron';

export type WindowTrouble = 'load-failed' | 'renderer-gone' | 'unresponsive';

export interface WindowHealthDeps {
  /** Asks the person, in the interface language, what to do; resolves 'reload' or the other choice. */
  ask(trouble: WindowTrouble, detail: string): Promise<'reload' | 'quit' | 'wait'>;
  log(message: string): void;
  quit(): void;
}

// Chromium's code for a navigation that was cancelled (the app's own guard does that): not a failure.
const ERR_ABORTED = -3;

/**
 * Keeps the window from dying silently: a page that fails to load, a renderer that crashes
 * or hangs, each brings up a native message and a choice — reload the page (a person's
 * saved notes are in IndexedDB and survive it), or quit (or wait, for a hang). One message
 * at a time; the window is shown first, so it never stays invisible behind the message.
 */
export function watchWindowHealth(
  window: Pick<BrowserWindow, 'on' | 'show' | 'isDestroyed' | 'webContents'>,
  url: string,
  deps: WindowHealthDeps,
): { loadFailed(detail: string): void } {
  let asking = false;
  const handle = (trouble: WindowTrouble, detail: string): void => {
    deps.log(`${trouble}: ${detail}`);
    if (asking || window.isDestroyed()) return;
    asking = true;
    window.show();
    const act = (choice: 'reload' | 'quit' | 'wait'): void => {
      asking = false;
      if (window.isDestroyed()) return;
      if (choice === 'reload') {
        if (trouble === 'unresponsive') window.webContents.forcefullyCrashRenderer();
        window.webContents.loadURL(url).catch((error: unknown) => handle('load-failed', String(error)));
      } else if (choice === 'quit') {
        deps.quit();
      }
    };
    deps.ask(trouble, detail).then(act, () => act('wait'));
  };
  window.webContents.on(
    'did-fail-load',
    (_event: Event, code: number, description: string, validatedUrl: string, isMainFrame: boolean) => {
      if (isMainFrame && code !== ERR_ABORTED) handle('load-failed', `${description} (${code}) ${validatedUrl}`);
    },
  );
  window.webContents.on('render-process-gone', (_event: Event, details: RenderProcessGoneDetails) => {
    if (details.reason !== 'clean-exit') handle('renderer-gone', `${details.reason} (exit code ${details.exitCode})`);
  });
  window.on('unresponsive', () => handle('unresponsive', 'the page stopped responding'));
  return { loadFailed: (detail) => handle('load-failed', detail) };
}
