import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDataset } from '../shared/dataset/build';
import { projectPaths } from './project-paths';

/** `npm run dataset`: parses the bundled page exports and writes resources/dataset/dataset.json. */
async function main(): Promise<number> {
  const { sourceDir, datasetFile } = projectPaths;
  const metadata: unknown = JSON.parse(await readFile(join(sourceDir, 'metadata.json'), 'utf8'));
  const languages = await readdir(sourceDir, { withFileTypes: true });
  const pages = [];
  for (const language of languages.filter((entry) => entry.isDirectory())) {
    for (const name of (await readdir(join(sourceDir, language.name))).filter((file) => file.endsWith('.txt')).sort()) {
      pages.push({ file: `${language.name}/${name}`, text: await readFile(join(sourceDir, language.name, name), 'utf8') });
    }
  }
  const result = buildDataset(metadata, pages);
  if (!result.ok) {
    for (const error of result.error) process.stderr.write(`dataset: ${error}\n`);
    return 1;
  }
  await mkdir(join(datasetFile, '..'), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  await writeFile(`${datasetFile}.tmp`, result.value.json);
  await rename(`${datasetFile}.tmp`, datasetFile);

  const { dataset, notes } = result.value;
  const rows = dataset.documents.map((document) => [document.id, document.kind, String(document.blocks.length), String(document.warnings.length)]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...[['document', 'kind', 'blocks', 'warnings'], ...rows].map((row) => (row[column] ?? '').length)));
  const table = [['document', 'kind', 'blocks', 'warnings'], ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  process.stdout.write(`${table.join('\n')}\n\n${notes.map((note) => `note: ${note}`).join('\n')}\n\n`);
  process.stdout.write(`dataset ${dataset.version} written to ${relative(process.cwd(), datasetFile)} (${result.value.json.length} bytes)\n`);
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
