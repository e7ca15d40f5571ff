import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const outDir = join(projectRoot, 'out');
export const artifactsDir = join(projectRoot, 'test', 'e2e', 'artifacts');
