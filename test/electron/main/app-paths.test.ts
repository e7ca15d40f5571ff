import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPaths } from '../../../electron/main/app-paths';

describe('bundled resources', () => {
  it('are read from the project in development', () => {
    expect(
      bundledPaths({
        isPackaged: false,
        appPath: '/project',
        resourcesPath: '/electron/resources',
        mainDir: '/project/out/main',
      }),
    ).toEqual({
      datasetFile: join('/project', 'resources', 'dataset', 'dataset.json'),
      iconFile: join('/project', 'build', 'icons', '512x512.png'),
      rendererDir: join('/project', 'out', 'renderer'),
      preloadFile: join('/project', 'out', 'preload', 'index.cjs'),
    });
  });

  it('are read from process.resourcesPath in a packaged app', () => {
    const paths = bundledPaths({
      isPackaged: true,
      appPath: '/opt/Reperes/resources/app.asar',
      resourcesPath: '/opt/Reperes/resources',
      mainDir: '/opt/Reperes/resources/app.asar/out/main',
    });
    expect(paths.datasetFile).toBe(join('/opt/Reperes/resources', 'dataset', 'dataset.json'));
    expect(paths.iconFile).toBe(join('/opt/Reperes/resources', 'icon.png'));
    expect(paths.rendererDir).toBe(join('/opt/Reperes/resources/app.asar', 'out', 'renderer'));
  });
});
