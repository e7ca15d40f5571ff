// `npm run test:electron`: the end-to-end specs against the real Electron app, when its binary
// was downloaded by `npm install`. Where it was not, says so in one line and succeeds.
import { spawnSync } from 'node:child_process';
import { electronBinary, projectRoot as root } from './electron-binary.mjs';

if (electronBinary() === null) {
  console.log(
    'test:electron: skipped, the Electron binary is not installed (run `npx install-electron` once online); `npm test` runs the same specs in the harness.',
  );
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(npm, ['exec', '--', 'vitest', 'run', '--project', 'e2e'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REPERES_E2E_ENGINE: 'electron' },
});
process.exit(run.status ?? 1);
