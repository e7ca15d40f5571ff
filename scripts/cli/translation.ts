import { join } from 'node:path';
import { z } from 'zod';
import { buildDataset, type BuildOutput } from '@shared/dataset/build';
import { refreshTranslationFile, type RefreshResult } from '@shared/english-edition/refresh';
import { translationSkeleton, TranslationFileSchema } from '@shared/english-edition/source-file';
import { editionStatuses, type EditionStatus } from '@shared/english-edition/status';
import { formatTable } from '../format-table';
import { readBuildSources } from '../read-build-sources';
import type { CliIo } from './run-cli';

export const TRANSLATION_USAGE = `usage: npm run cli -- translation status
       npm run cli -- translation refresh DOCUMENT
`;

const PROVENANCE_WORDS: Record<EditionStatus['provenance'], string> = {
  published: "IOM's published text",
  partly: "partly IOM's published text",
  ours: 'our translation',
};

/** `translation status` and `translation refresh DOCUMENT`: tools for whoever revises the English. */
export async function translationCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  const flag = rest.find((arg) => arg.startsWith('-'));
  if (flag !== undefined) {
    io.stderr(`repères: translation: unknown option "${flag}"\n${TRANSLATION_USAGE}`);
    return 2;
  }
  if (subcommand === 'status' && rest.length === 0) return status(io);
  if (subcommand === 'refresh' && rest.length === 1 && rest[0] !== undefined) return refresh(rest[0], io);
  io.stderr(
    subcommand === 'status' || subcommand === 'refresh'
      ? `repères: translation ${subcommand}: wrong number of arguments\n${TRANSLATION_USAGE}`
      : `repères: translation: ${subcommand === undefined ? 'no subcommand given' : `unknown subcommand "${subcommand}"`}\n${TRANSLATION_USAGE}`,
  );
  return 2;
}

/** Reads and builds the sources; on any failure, says why in a line each and returns null. */
async function build(
  io: CliIo,
): Promise<{ output: BuildOutput; sources: Awaited<ReturnType<typeof readBuildSources>> } | null> {
  let sources;
  try {
    sources = await readBuildSources(io.sourceDir, {
      readText: async (path) => new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(path)),
      listFiles: (dir) => io.listFiles(dir),
    });
  } catch (error) {
    io.stderr(`repères: translation: cannot read the sources in ${io.sourceDir}: ${(error as Error).message}\n`);
    return null;
  }
  const result = buildDataset(sources);
  if (!result.ok) {
    for (const error of result.error) io.stderr(`repères: translation: ${error}\n`);
    return null;
  }
  return { output: result.value, sources };
}

async function status(io: CliIo): Promise<number> {
  const built = await build(io);
  if (!built) return 1;
  const { dataset, editionProblems } = built.output;
  const rows = editionStatuses(dataset.documents, editionProblems).map((row) => [
    row.document,
    row.state,
    String(row.passages),
    String(row.stale),
    String(row.missing),
    String(row.orphans),
    String(row.published),
    String(row.ours),
    PROVENANCE_WORDS[row.provenance],
  ]);
  io.stdout(
    `${formatTable(['document', 'state', 'passages', 'stale', 'missing', 'orphans', 'published', 'ours', 'English'], rows)}\n`,
  );
  return 0;
}

async function refresh(documentId: string, io: CliIo): Promise<number> {
  const built = await build(io);
  if (!built) return 1;
  const document = built.output.dataset.documents.find((candidate) => candidate.id === documentId);
  if (!document) {
    const known = built.output.dataset.documents.map((candidate) => candidate.id).join(', ');
    io.stderr(`repères: translation refresh: no document "${documentId}" (documents: ${known})\n`);
    return 1;
  }
  const french = { title: document.title.text, dateline: document.dateline, blocks: document.blocks };
  const fileName = `en/${document.id}.json`;
  const existing = built.sources.translations.find((translation) => translation.file === fileName);
  // The build has validated every English file already; this parse only gives it its type.
  const parsed = existing ? TranslationFileSchema.safeParse(existing.content) : null;
  if (parsed && !parsed.success) {
    io.stderr(`repères: translation refresh: ${fileName} is invalid: ${z.prettifyError(parsed.error)}\n`);
    return 1;
  }
  const result: RefreshResult = parsed
    ? refreshTranslationFile(french, parsed.data)
    : {
        file: translationSkeleton(document.id, french),
        unchanged: 0,
        refingerprinted: [],
        stale: [],
        added: [],
        removed: [],
      };
  const text = `${JSON.stringify(result.file, null, 2)}\n`;
  const before = existing ? `${JSON.stringify(existing.content, null, 2)}\n` : null;
  if (text !== before) await io.writeFile(join(io.sourceDir, fileName), text);
  io.stdout(report(fileName, result, parsed === null, text !== before));
  return 0;
}

function report(fileName: string, result: RefreshResult, created: boolean, written: boolean): string {
  const lines = [
    created
      ? `${fileName}: created, every passage to translate`
      : `${fileName}: ${result.unchanged} unchanged, ${result.refingerprinted.length} fingerprint(s) rewritten, ${result.stale.length} stale, ${result.added.length} new, ${result.removed.length} removed${written ? '' : ' (file unchanged)'}`,
  ];
  for (const id of result.refingerprinted) lines.push(`fingerprint rewritten: ${id} (its French is unchanged)`);
  for (const entry of result.stale) {
    lines.push(
      '',
      `stale ${entry.id}${entry.previousId === entry.id ? '' : ` (was ${entry.previousId})`}: revise "en", then set "fr" to the new French and run refresh again`,
      `  French before: ${entry.before}`,
      `  French now:    ${entry.after}`,
      `  English:       ${entry.en}`,
    );
  }
  for (const entry of result.added) lines.push(`new ${entry.id}: to translate: ${entry.fr}`);
  for (const entry of result.removed) lines.push(`removed ${entry.id}: its French is gone: ${entry.fr}`);
  return `${lines.join('\n')}\n`;
}
