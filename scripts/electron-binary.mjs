// Where Electron's desktop binary is, or null when `npm install` could not download it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinary(root = projectRoot) {
  const electronDir = join(root, 'node_modules', 'electron');
  try {
    const binary = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const MISSING_BINARY_HINT =
  "Electron's desktop binary is not installed (it is downloaded by `npm install` when online; run `npx install-electron` once connected)";
