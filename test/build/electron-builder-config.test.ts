import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconSource, renderIcons } from '../../scripts/icons';
import { projectRoot } from '../seeds';

// electron-builder's own configuration check (its JSON schema), without building anything:
// this machine cannot download Electron's binaries, which a build needs.
const requireFromHere = createRequire(import.meta.url);
const { validateConfiguration } = requireFromHere('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromHere('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface PackageJson {
  productName: string;
  main: string;
  scripts: Record<string, string>;
  build: Record<string, unknown> & {
    files: string[];
    extraResources: Array<{ from: string; to: string }>;
    electronFuses: Record<string, boolean>;
    linux: { target: string[]; icon: string };
    win: { target: string };
    mac: { target: string };
  };
}
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
const config = pkg.build;

describe("the installers' configuration", () => {
  // Loading the schema takes seconds on a busy two-core machine.
  it("passes electron-builder's own schema", { timeout: 60_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would fail that schema with a misspelt option (the check is real)', { timeout: 60_000 }, async () => {
    await expect(validateConfiguration({ ...config, electronFuse: {} }, new DebugLogger(false))).rejects.toThrow(
      /electronFuse/u,
    );
  });

  it('names the product and a stable app id, packs the app in an asar archive', () => {
    expect(config).toMatchObject({ appId: 'org.reperes.desktop', productName: 'Repères', asar: true });
    expect(pkg.productName).toBe('Repères');
  });

  it('sets every fuse of the security review, and only those', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
  });

  it('packs the built bundles into the archive and the dataset and icon beside it, where main looks for them', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.extraResources).toEqual([
      { from: 'resources/dataset', to: 'dataset', filter: ['dataset.json'] },
      { from: 'build/icons/512x512.png', to: 'icon.png' },
    ]);
  });

  it('renders every icon size from the SVG source, for the paths the configuration names', async () => {
    expect(existsSync(iconSource)).toBe(true);
    const written = await renderIcons();
    expect(written).toHaveLength(ICON_SIZES.length);
    for (const path of [config['icon'] as string, config.linux.icon, config.extraResources[1]!.from]) {
      expect(existsSync(join(projectRoot, path)), path).toBe(true);
    }
    const png = readFileSync(join(projectRoot, 'build', 'icons', '256x256.png'));
    // PNG signature, then the IHDR's width and height.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('builds the installers with `npm run dist`, after the app and its icons', () => {
    expect(pkg.scripts['dist']).toBe('npm run build && electron-builder');
    expect(pkg.scripts['build']).toContain('npm run icons');
  });
});
