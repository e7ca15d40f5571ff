import { BrowserWindow, nativeTheme, screen } from 'electron';
import { join } from 'node:path';
import { readJsonFile, writeJsonFileSync } from './json-file';
import { secureWebPreferences } from './security';
import { markStartup } from './startup-marks';
import { MIN_WINDOW_SIZE, restoreWindowState, windowStateToSave } from './window-state';

export interface MainWindowOptions {
  userDataDir: string;
  preloadFile: string;
  iconFile: string;
  url: string;
  title: string;
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
    webPreferences: secureWebPreferences(options.preloadFile),
  });
  markStartup('window-created');
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeJsonFileSync(stateFile, windowStateToSave(window.getNormalBounds(), window.isMaximized()));
    } catch {
      // A full or read-only disk costs the remembered position, nothing else.
    }
  });
  await window.loadURL(options.url);
  return window;
}
