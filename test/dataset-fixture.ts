import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../shared/dataset/build';
import type { Dataset } from '../shared/dataset/schema';
import { projectRoot, readSource, SEED_FILES } from './seeds';

/** The real dataset, built from the bundled sources the way `npm run dataset` builds it. */
export function bundledDataset(): Dataset {
  const metadata: unknown = JSON.parse(readFileSync(join(projectRoot, 'resources', 'source', 'metadata.json'), 'utf8'));
  const result = buildDataset(metadata, Object.values(SEED_FILES).map((file) => ({ file, text: readSource(file) })));
  if (!result.ok) throw new Error(result.error.join('\n'));
  return result.value.dataset;
}

/** The same dataset, as a later release might ship it: one document edited, one dropped. */
export function nextDataset(dataset: Dataset): Dataset {
  const [first, ...rest] = dataset.documents;
  if (!first) throw new Error('empty dataset');
  const edited = { ...first, title: { ...first.title, text: `${first.title.text} (mis à jour)` } };
  return { ...dataset, version: 'ffffffffffffffff', documents: [edited, ...rest.slice(0, -1)] };
}
