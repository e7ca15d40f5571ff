import { parseArgs } from 'node:util';
import { reanchorDocument, reanchorNotes } from '@shared/annotation/reanchor';
import { readBackup } from '@shared/backup/read';
import { DatasetSchema, type Dataset } from '@shared/dataset/schema';
import type { SearchCliIo } from './search-commands';

/** What `reanchor` needs of the outside world. */
export interface ReanchorCliIo extends SearchCliIo {
  readFile(path: string): Promise<Uint8Array>;
}

/** Files larger than this are not backups a person made: refused before they are read whole. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;
const USAGE = 'usage: npm run cli -- reanchor BACKUP.json [--dataset FILE] [--json]';

/** A JSON file's content, or a one-sentence reason it cannot be had. */
async function readJson(path: string, what: string, io: ReanchorCliIo): Promise<{ value: unknown } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? 'unknown error'})`;
    io.stderr(`repères: ${path}: ${reason}\n`);
    return null;
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    io.stderr(`repères: ${path}: ${bytes.length} bytes is too large for ${what}\n`);
    return null;
  }
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    io.stderr(`repères: ${path}: is not ${what} (not UTF-8 JSON)\n`);
    return null;
  }
}

/**
 * `reanchor BACKUP.json [--dataset FILE] [--json]`: what a dataset (default: the bundled one)
 * would do to each note of a backup — unchanged, moved (to which passage and offsets) or
 * detached — with the very code the app runs after an ingest. Writes nothing.
 */
export async function reanchorCommand(args: readonly string[], io: ReanchorCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { dataset: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`repères: reanchor: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [backupPath, ...extra] = parsed.positionals;
  if (!backupPath || extra.length > 0) {
    io.stderr(`repères: reanchor takes exactly one BACKUP file (${USAGE})\n`);
    return 2;
  }
  const file = await readJson(backupPath, 'a Repères backup', io);
  if (!file) return 1;
  const backup = readBackup(file.value);
  if (!backup.ok) {
    io.stderr(`repères: ${backupPath}: ${backup.error.detail}\n`);
    return 1;
  }
  let dataset: Dataset;
  if (parsed.values.dataset !== undefined) {
    const datasetFile = await readJson(parsed.values.dataset, 'a Repères dataset', io);
    if (!datasetFile) return 1;
    const checked = DatasetSchema.safeParse(datasetFile.value);
    if (!checked.success) {
      io.stderr(
        `repères: ${parsed.values.dataset}: is not a Repères dataset (${checked.error.issues[0]?.message ?? 'invalid'})\n`,
      );
      return 1;
    }
    dataset = checked.data;
  } else {
    const bundled = await io.bundledDataset();
    if (!bundled.ok) {
      io.stderr(`repères: the bundled dataset cannot be built: ${bundled.error}\n`);
      return 1;
    }
    dataset = bundled.value;
  }
  const documents = new Map(dataset.documents.map((document) => [document.id, document]));
  const results = reanchorNotes(backup.value.data.notes, (docId) => {
    const document = documents.get(docId);
    return document ? reanchorDocument(document) : null;
  });
  const rows = results.map(({ note, outcome }) => {
    const placed = outcome.status === 'detached' ? null : outcome.anchor;
    return {
      id: note.id,
      docId: note.target.docId,
      quote: note.quote.exact,
      status: outcome.status,
      reason: outcome.status === 'detached' ? outcome.reason : null,
      blockId: placed?.target.blockId ?? null,
      itemId: placed?.target.itemId ?? null,
      start: placed?.position?.start ?? null,
      end: placed?.position?.end ?? null,
    };
  });
  if (parsed.values.json) {
    io.stdout(`${JSON.stringify({ dataset: dataset.version, notes: rows }, null, 2)}\n`);
    return 0;
  }
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  io.stdout(
    `${backupPath} against dataset ${dataset.version.slice(0, 12)}: ${count('unchanged')} unchanged, ${count('moved')} moved, ${count('detached')} detached (nothing written)\n`,
  );
  for (const row of rows) {
    const quote =
      row.quote === ''
        ? '(whole passage or document)'
        : `"${row.quote.length > 50 ? `${row.quote.slice(0, 49)}…` : row.quote}"`;
    const where =
      row.status === 'detached'
        ? `detached (${row.reason})`
        : `${row.status} → ${row.blockId ?? '(document)'}${row.itemId ? `/${row.itemId}` : ''}${row.start === null ? '' : ` [${row.start}–${row.end}]`}`;
    io.stdout(`  ${row.id}  ${row.docId}  ${quote}  ${where}\n`);
  }
  return 0;
}
