import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../seeds';

const electronDir = join(projectRoot, 'node_modules', 'electron');
const binaryInstalled = (): boolean => {
  try {
    return existsSync(join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim()));
  } catch {
    return false;
  }
};

describe('npm start without the Electron binary', () => {
  it('prints one line saying how to get it and fails, or stays silent when the binary is there', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'require-electron.mjs')], {
      encoding: 'utf8',
    });
    if (binaryInstalled()) {
      expect({ status: run.status, out: run.stdout + run.stderr }).toEqual({ status: 0, out: '' });
    } else {
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^reperes: cannot open the desktop window: .*npx install-electron/u),
      ]);
    }
  });
});
