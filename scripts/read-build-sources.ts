import { join } from 'node:path';
import type { BuildSources } from '@shared/dataset/build';

/** What reading the sources needs of the file system (the CLI's tests give it a copy). */
export interface SourceReader {
  readText(path: string): Promise<string>;
  listFiles(dir: string): Promise<string[]>;
}

/**
 * Everything the dataset build reads from `resources/source/`: the French page exports, the
 * curated metadata, the English edition files and the glossary. Shared by `npm run dataset`
 * and the CLI's `translation` commands, so both see the same sources the same way.
 */
export async function readBuildSources(sourceDir: string, fs: SourceReader): Promise<BuildSources> {
  const readJson = async (path: string): Promise<unknown> => JSON.parse(await fs.readText(path)) as unknown;
  const namesIn = async (folder: string, extension: string): Promise<string[]> =>
    (await fs.listFiles(join(sourceDir, folder))).filter((name) => name.endsWith(extension)).sort();
  const pages = [];
  for (const name of await namesIn('fr', '.txt')) {
    pages.push({ file: `fr/${name}`, text: await fs.readText(join(sourceDir, 'fr', name)) });
  }
  const translations = [];
  for (const name of await namesIn('en', '.json')) {
    translations.push({ file: `en/${name}`, content: await readJson(join(sourceDir, 'en', name)) });
  }
  return {
    metadata: await readJson(join(sourceDir, 'metadata.json')),
    pages,
    translations,
    glossary: await readJson(join(sourceDir, 'glossary.json')),
  };
}
