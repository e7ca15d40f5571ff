import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDataset } from '@shared/dataset/build';
import { provenanceShare } from '@shared/english-edition/provenance';
import { projectPaths } from './project-paths';
import { formatTable } from './format-table';
import { readBuildSources } from './read-build-sources';

/**
 * `npm run dataset`: parses the bundled page exports, joins their metadata, English edition
 * and the glossary, and writes resources/dataset/dataset.json.
 */
async function main(): Promise<number> {
  const { sourceDir, datasetFile } = projectPaths;
  const result = buildDataset(
    await readBuildSources(sourceDir, {
      readText: async (path) => readFile(path, 'utf8'),
      listFiles: async (dir) => readdir(dir),
    }),
  );
  if (!result.ok) {
    for (const error of result.error) process.stderr.write(`dataset: ${error}\n`);
    return 1;
  }
  await mkdir(join(datasetFile, '..'), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  await writeFile(`${datasetFile}.tmp`, result.value.json);
  await rename(`${datasetFile}.tmp`, datasetFile);

  const { dataset, notes, editionProblems } = result.value;
  const header = ['document', 'kind', 'blocks', 'warnings', 'english', 'IOM published English'];
  const rows = dataset.documents.map((document) => {
    const problems = editionProblems.find((entry) => entry.document === document.id)?.problems ?? [];
    return [
      document.id,
      document.kind,
      String(document.blocks.length),
      String(document.warnings.length),
      problems.length ? `${problems.length} problem(s)` : 'complete',
      publishedColumn(Object.values(document.english?.blocks ?? {})),
    ];
  });
  process.stdout.write(`${formatTable(header, rows)}\n\n${notes.map((note) => `note: ${note}`).join('\n')}\n\n`);
  process.stdout.write(`glossary: ${dataset.glossary.length} entries\n`);
  process.stdout.write(
    `dataset ${dataset.version} written to ${relative(process.cwd(), datasetFile)} (${Buffer.byteLength(result.value.json)} bytes)\n`,
  );
  return 0;
}

/** "7/16 passages (44%)": the share of a document's English passages that are IOM's own. */
function publishedColumn(passages: Parameters<typeof provenanceShare>[0]): string {
  const { total, published } = provenanceShare(passages);
  return `${published}/${total} passages (${total ? Math.round((100 * published) / total) : 0}%)`;
}

void main().then((code) => {
  process.exitCode = code;
});
