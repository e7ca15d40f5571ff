import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectEngine } from './harness/engine';
import { outDir } from './harness/paths';

/** Says once which engine runs the end-to-end specs, or why they are skipped (a failure in CI). */
export default function setup(): void {
  for (const bundle of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
    if (!existsSync(join(outDir, bundle)))
      throw new Error(`e2e: out/${bundle} is missing; run \`npm run build\` first (npm test does)`);
  }
  const engine = selectEngine();
  if (engine.kind === 'none') {
    if (process.env['CI']) throw new Error(`e2e: cannot run in CI: ${engine.reason}`);
    console.log(`e2e: skipped: ${engine.reason}`);
    return;
  }
  console.log(
    engine.kind === 'electron'
      ? `e2e: running in Electron (${engine.executablePath})`
      : `e2e: running in the harness with ${engine.chromiumPath}`,
  );
}
