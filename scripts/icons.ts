import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { projectPaths } from './project-paths';

/** The sizes the platforms ask for: Linux's icon theme, Windows' .ico, macOS's .icns (from 1024). */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

export const iconSource = join(projectPaths.root, 'resources', 'icons', 'icon.svg');
export const iconsDir = join(projectPaths.root, 'build', 'icons');

/**
 * Renders the app icon from its SVG source to PNGs: `build/icons/NxN.png` (electron-builder
 * reads the folder for Linux and converts `icon.png`, 1024 px, to .ico and .icns), also used
 * by the window in development. Run by `npm run build` and `npm run dist`.
 */
export async function renderIcons(): Promise<string[]> {
  const svg = await readFile(iconSource);
  await mkdir(iconsDir, { recursive: true });
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    const file = join(iconsDir, `${size}x${size}.png`);
    await writeFile(file, png);
    written.push(file);
    if (size === 1024) await writeFile(join(iconsDir, 'icon.png'), png);
  }
  return written;
}
