import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { runCli } from './cli/run-cli';
import { projectPaths } from './project-paths';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  listFiles: async (path) => readdir(path),
  // Write then rename, so an interrupted refresh never leaves half a file.
  writeFile: async (path, text) => {
    await writeFile(`${path}.tmp`, text);
    await rename(`${path}.tmp`, path);
  },
  sourceDir: projectPaths.sourceDir,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((exitCode) => {
  process.exitCode = exitCode;
});
