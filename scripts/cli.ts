import { readFile, stat } from 'node:fs/promises';
import { buildDataset } from '@shared/dataset/build';
import { err, ok } from '@shared/result';
import { runCli } from './cli/run-cli';
import { readDatasetSources } from './dataset-sources';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  bundledDataset: async () => {
    const built = buildDataset(await readDatasetSources());
    return built.ok ? ok(built.value.dataset) : err(built.error.join('; '));
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((exitCode) => {
  process.exitCode = exitCode;
});
