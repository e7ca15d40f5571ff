import { parseArgs } from 'node:util';
import { importFile } from '@shared/import/import-file';
import { draftJson, formatDraft } from './format-page';
import { translationCommand } from './translation';
import { listCommand, searchCommand, type SearchCliIo } from './search-commands';
import { reanchorCommand } from './reanchor-command';

export interface CliIo extends SearchCliIo {
  readFile(path: string): Promise<Uint8Array>;
  isDirectory(path: string): Promise<boolean>;
  /** The names of the files in a folder. */
  listFiles(path: string): Promise<string[]>;
  writeFile(path: string, text: string): Promise<void>;
  /** `resources/source/`: where the translation commands read the sources and write the English. */
  sourceDir: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `usage: npm run cli -- <command>

commands:
  parse FILE [--json]            print the document draft the app's import makes of a file: an IOM page
                                 export or plain text (.txt), a saved web page (.html) or Markdown (.md)
  list [--json]                  list the bundled documents (id, kind, date, titles, source file)
  search "QUERY" [--lang fr|en] [--limit N] [--json]
                                 search the bundled documents and glossary as the app does
  reanchor BACKUP.json [--dataset FILE] [--json]
                                 what a dataset (default: the bundled one) would do to each note of a
                                 backup: unchanged, moved (new passage, offsets) or detached; writes nothing
  translation status             per document: English complete, stale or missing; IOM's published vs ours
  translation refresh DOCUMENT   after a French edit: rewrite the fingerprints of unchanged French,
                                 list the stale entries with the French before and now
  help                           print this help
`;

/** Runs one CLI command; returns the process exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return parseCommand(rest, io);
    case 'translation':
      return translationCommand(rest, io);
    case 'list':
      return listCommand(rest, io);
    case 'search':
      return searchCommand(rest, io);
    case 'reanchor':
      return reanchorCommand(rest, io);
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return 0;
    case undefined:
      io.stderr(`repères: no command given\n${USAGE}`);
      return 2;
    default:
      io.stderr(`repères: unknown command "${command}" (try: npm run cli -- help)\n`);
      return 2;
  }
}

async function parseCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`repères: parse: ${(error as Error).message}\n`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr('repères: parse takes exactly one FILE (usage: npm run cli -- parse FILE [--json])\n');
    return 2;
  }
  const bytes = await readInput(file, io);
  if (bytes === null) return 1;
  // The same import as the app's, with jsdom for the DOM the app's renderer has (loaded
  // here, not at start: the other commands do not need it).
  const { jsdomImportEnvironment } = await import('./jsdom-environment');
  const result = importFile({ name: file, bytes }, jsdomImportEnvironment());
  if (!result.ok) {
    io.stderr(`repères: ${file}: ${result.error.message}\n`);
    return 1;
  }
  io.stdout(
    parsed.values.json ? `${JSON.stringify(draftJson(result.value), null, 2)}\n` : formatDraft(file, result.value),
  );
  return 0;
}

async function readInput(file: string, io: CliIo): Promise<Uint8Array | null> {
  try {
    if (await io.isDirectory(file)) {
      io.stderr(`repères: ${file}: is a directory, not a page export\n`);
      return null;
    }
    return await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${code ?? 'unknown error'})`;
    io.stderr(`repères: ${file}: ${reason}\n`);
    return null;
  }
}
