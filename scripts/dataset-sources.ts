import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildSources } from '@shared/dataset/build';
import { projectPaths } from './project-paths';

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8')) as unknown;

/** Everything the dataset is built from, read from `resources/source` (pages, English edition, metadata, glossary). */
export async function readDatasetSources(sourceDir: string = projectPaths.sourceDir): Promise<BuildSources> {
  const pages = [];
  for (const name of (await readdir(join(sourceDir, 'fr'))).filter((file) => file.endsWith('.txt')).sort()) {
    pages.push({ file: `fr/${name}`, text: await readFile(join(sourceDir, 'fr', name), 'utf8') });
  }
  const translations = [];
  for (const name of (await readdir(join(sourceDir, 'en'))).filter((file) => file.endsWith('.json')).sort()) {
    translations.push({ file: `en/${name}`, content: await readJson(join(sourceDir, 'en', name)) });
  }
  return {
    metadata: await readJson(join(sourceDir, 'metadata.json')),
    pages,
    translations,
    glossary: await readJson(join(sourceDir, 'glossary.json')),
  };
}
