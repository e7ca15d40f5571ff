import { join } from 'node:path';

/** The fixed name of the app's data folder, whatever the product name or language. */
export const USER_DATA_FOLDER = 'Reperes';

/**
 * Development (`npm run dev`, against Vite's server) has a folder of its own, so a
 * development build never upgrades the person's real database.
 */
export const DEV_USER_DATA_FOLDER = 'Reperes-dev';

export const userDataFolder = (development: boolean): string => (development ? DEV_USER_DATA_FOLDER : USER_DATA_FOLDER);

/** Chromium and Node switches that open the app to a debugger; a packaged app refuses to start with one. */
export const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
];

export interface AppLocation {
  isPackaged: boolean;
  /** `app.getAppPath()`: the project root in development, the app archive when packaged. */
  appPath: string;
  /** `process.resourcesPath`: where a packaged app's extra resources live. */
  resourcesPath: string;
  /** The folder of the main bundle (`out/main`). */
  mainDir: string;
}

/**
 * Where the app finds what it bundles. Packaged, the dataset and the icon are extra
 * resources beside the app archive; in development they are read from the project.
 */
export function bundledPaths(location: AppLocation): {
  datasetFile: string;
  iconFile: string;
  rendererDir: string;
  preloadFile: string;
} {
  const resourcesDir = location.isPackaged ? location.resourcesPath : join(location.appPath, 'resources');
  return {
    datasetFile: join(resourcesDir, 'dataset', 'dataset.json'),
    // Rendered from resources/icons/icon.svg by `npm run build` (scripts/render-icons.ts).
    iconFile: location.isPackaged
      ? join(resourcesDir, 'icon.png')
      : join(location.appPath, 'build', 'icons', '512x512.png'),
    rendererDir: join(location.mainDir, '..', 'renderer'),
    preloadFile: join(location.mainDir, '..', 'preload', 'index.cjs'),
  };
}
