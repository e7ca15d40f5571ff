import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

export type Engine =
  | { kind: 'electron'; executablePath: string }
  | { kind: 'harness'; chromiumPath: string }
  | { kind: 'none'; reason: string };

/** The Electron binary that `npm install` left, if the download succeeded. */
export function electronBinary(): string | null {
  const electronDir = join(projectRoot, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = join(electronDir, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** A Chromium to drive: CHROMIUM_PATH, Debian's, or one Playwright already has. Never downloads one. */
export function chromiumBinary(): string | null {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Which engine runs the end-to-end specs: real Electron first, else the harness in Chromium. */
export function selectEngine(): Engine {
  // `npm run test:electron` asks for Electron only; REPERES_E2E_ENGINE=harness forces the harness.
  const requested = process.env['REPERES_E2E_ENGINE'];
  if (requested !== 'harness') {
    const electron = electronBinary();
    if (electron) return { kind: 'electron', executablePath: electron };
    if (requested === 'electron') return { kind: 'none', reason: 'the Electron binary is not installed' };
  }
  const chromium = chromiumBinary();
  if (chromium) return { kind: 'harness', chromiumPath: chromium };
  return {
    kind: 'none',
    reason: 'no Electron binary and no Chromium (set CHROMIUM_PATH or `apt-get install chromium`)',
  };
}
