import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where build-time tools read sources and write outputs. */
export const projectPaths = {
  root,
  sourceDir: join(root, 'resources', 'source'),
  datasetFile: join(root, 'resources', 'dataset', 'dataset.json'),
  outDir: join(root, 'out'),
};
