// postinstall: npm no longer runs dependencies' install scripts, and current Electron does
// not download its binary by itself, so this runs Electron's own installer. Where the
// download is impossible (no internet), the install still succeeds, with one line saying so.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.exit(0);
}

const result = spawnSync(process.execPath, [installer], {
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: 15 * 60 * 1000,
  env: process.env,
});

if (result.status === 0) {
  console.log('electron: desktop binary ready');
} else {
  console.log(
    'electron: the Electron binary could not be downloaded, so the desktop window cannot start until it is (run `npx install-electron` once online); building and `npm test` work without it.',
  );
}
