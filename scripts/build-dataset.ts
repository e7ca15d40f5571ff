import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDataset } from '@shared/dataset/build';
import { readDatasetSources } from './dataset-sources';
import { projectPaths } from './project-paths';

/**
 * `npm run dataset`: parses the bundled page exports, joins their metadata, English edition
 * and the glossary, and writes resources/dataset/dataset.json.
 */
async function main(): Promise<number> {
  const { datasetFile } = projectPaths;
  const result = buildDataset(await readDatasetSources());
  if (!result.ok) {
    for (const error of result.error) process.stderr.write(`dataset: ${error}\n`);
    return 1;
  }
  await mkdir(join(datasetFile, '..'), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  await writeFile(`${datasetFile}.tmp`, result.value.json);
  await rename(`${datasetFile}.tmp`, datasetFile);

  const { dataset, notes, editionProblems } = result.value;
  const header = ['document', 'kind', 'blocks', 'warnings', 'english'];
  const rows = dataset.documents.map((document) => {
    const problems = editionProblems.find((entry) => entry.document === document.id)?.problems ?? [];
    return [
      document.id,
      document.kind,
      String(document.blocks.length),
      String(document.warnings.length),
      problems.length ? `${problems.length} problem(s)` : 'complete',
    ];
  });
  const widths = header.map((_cell, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const table = [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  process.stdout.write(`${table.join('\n')}\n\n${notes.map((note) => `note: ${note}`).join('\n')}\n\n`);
  process.stdout.write(`glossary: ${dataset.glossary.length} entries\n`);
  process.stdout.write(
    `dataset ${dataset.version} written to ${relative(process.cwd(), datasetFile)} (${Buffer.byteLength(result.value.json)} bytes)\n`,
  );
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
