import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, type BuildOutput, type BuildSources } from '@shared/dataset/build';
import type { Dataset } from '@shared/dataset/schema';
import type { ReadableDocument } from '@shared/document/schema';
import { projectRoot, readSource, SEED_FILES } from './seeds';

const sourceDir = join(projectRoot, 'resources', 'source');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** Everything `npm run dataset` reads, read the same way. */
export function bundledSources(): BuildSources {
  return {
    metadata: readJson(join(sourceDir, 'metadata.json')),
    pages: Object.values(SEED_FILES).map((file) => ({ file, text: readSource(file) })),
    translations: readdirSync(join(sourceDir, 'en'))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ file: `en/${name}`, content: readJson(join(sourceDir, 'en', name)) })),
    glossary: readJson(join(sourceDir, 'glossary.json')),
  };
}

export function bundledBuild(sources: BuildSources = bundledSources()): BuildOutput {
  const result = buildDataset(sources);
  if (!result.ok) throw new Error(result.error.join('\n'));
  return result.value;
}

/** The real dataset, built from the bundled sources the way `npm run dataset` builds it. */
export function bundledDataset(): Dataset {
  return bundledBuild().dataset;
}

/** The About IOM document of a dataset. */
export function aboutDocumentOf(dataset: Dataset): ReadableDocument {
  const about = dataset.documents.find((document) => document.role === 'about');
  if (!about) throw new Error('the dataset has no About IOM document');
  return about;
}

/** The pages a dataset lists in the library, in library order. */
export const libraryPagesOf = (dataset: Dataset): ReadableDocument[] =>
  dataset.documents.filter((document) => document.role === 'page');

/** The same dataset, as a later release might ship it: one page edited, one dropped. */
export function nextDataset(dataset: Dataset): Dataset {
  const [first, ...rest] = libraryPagesOf(dataset);
  if (!first) throw new Error('empty dataset');
  const edited = { ...first, title: { ...first.title, text: `${first.title.text} (mis à jour)` } };
  return {
    ...dataset,
    version: 'ffffffffffffffff',
    documents: [edited, ...rest.slice(0, -1), aboutDocumentOf(dataset)],
  };
}
