import { BrowserWindow, nativeTheme, screen } from 'electron';
import { join } from 'node:path';
import { readJsonFile, writeJsonFileSync } from './json-file';
import { secureWebPreferences } from './security';
import { watchWindowHealth, type WindowHealthDeps } from './window-health';
import { markStartup } from './startup-marks';
import { MIN_WINDOW_SIZE, restoreWindowState, windowStateToSave } from './window-state';

export interface MainWindowOptions {
  userDataDir: string;
  preloadFile: string;
  iconFile: string;
  url: string;
  title: string;
  /** False in a packaged app: no developer tools for a person's copy. */
  devTools: boolean;
  health: WindowHealthDeps;
}

/** Creates the app's window where the person left it, hardened, and remembers where it goes. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const stateFile = join(options.userDataDir, 'window-state.json');
  const state = restoreWindowState(
    await readJsonFile(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(state.bounds ?? { width: state.width, height: state.height }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: options.title,
    icon: options.iconFile,
    // Matches the page background, so the window never flashes white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17191c' : '#fbfaf7',
    webPreferences: secureWebPreferences(options.preloadFile, { devTools: options.devTools }),
  });
  markStartup('window-created');
  // `maximize()` shows a hidden window: restore the state when the page is ready to be seen.
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  const health = watchWindowHealth(window, options.url, options.health);
  window.on('close', () => {
    try {
      writeJsonFileSync(stateFile, windowStateToSave(window.getNormalBounds(), window.isMaximized()));
    } catch {
      // A full or read-only disk costs the remembered position, nothing else.
    }
  });
  // `loadURL` rejects when the page cannot load; the window would stay hidden for good.
  await window.loadURL(options.url).catch((error: unknown) => health.loadFailed(String(error)));
  return window;
}
