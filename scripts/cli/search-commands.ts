import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Dataset } from '@shared/dataset/schema';
import type { Language } from '@shared/document/vocabulary';
import { corpusAcronyms, corpusEntries } from '@shared/search/corpus';
import { MAX_QUERY_LENGTH } from '@shared/search/query';
import { groupResults } from '@shared/search/results';
import { SearchIndex } from '@shared/search/search-index';
import type { Result } from '@shared/result';

/** What the list and search commands need of the outside world. */
export interface SearchCliIo {
  /** The bundled dataset, built from `resources/source` as `npm run dataset` builds it. */
  bundledDataset(): Promise<Result<Dataset, string>>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const MAX_LIMIT = 1000;

function parse(
  command: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  io: SearchCliIo,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`repères: ${command}: ${(error as Error).message}\n`);
    return null;
  }
}

async function dataset(io: SearchCliIo): Promise<Dataset | null> {
  const loaded = await io.bundledDataset();
  if (loaded.ok) return loaded.value;
  io.stderr(`repères: the bundled dataset cannot be built: ${loaded.error}\n`);
  return null;
}

/** `list [--json]`: the documents, with their id, kind, date, titles and source file. */
export async function listCommand(args: readonly string[], io: SearchCliIo): Promise<number> {
  const parsed = parse('list', args, { json: { type: 'boolean', default: false } }, io);
  if (!parsed) return 2;
  if (parsed.positionals.length > 0) {
    io.stderr('repères: list takes no arguments (usage: npm run cli -- list [--json])\n');
    return 2;
  }
  const data = await dataset(io);
  if (!data) return 1;
  const rows = data.documents.map((document) => ({
    id: document.id,
    kind: document.kind,
    date: document.date?.iso ?? null,
    title: { fr: document.title.text, en: document.english?.title?.text ?? null },
    sourceFile: document.sourceFile,
  }));
  if (parsed.values.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const row of rows) {
    io.stdout(
      `${row.id}  ${row.kind}  ${row.date ?? '—'}  ${row.sourceFile}\n  fr: ${row.title.fr}\n  en: ${row.title.en ?? '—'}\n`,
    );
  }
  return 0;
}

/**
 * `search "QUERY" [--lang fr|en] [--limit N] [--json]`: the same analyzers and ranking as the
 * app, over the bundled dataset. `--lang` is the language snippets are shown in.
 */
export async function searchCommand(args: readonly string[], io: SearchCliIo): Promise<number> {
  const usage = '(usage: npm run cli -- search "QUERY" [--lang fr|en] [--limit N] [--json])';
  const parsed = parse(
    'search',
    args,
    {
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'fr' },
      limit: { type: 'string', default: '10' },
    },
    io,
  );
  if (!parsed) return 2;
  const [query, ...extra] = parsed.positionals;
  if (query === undefined || extra.length > 0) {
    io.stderr(`repères: search takes exactly one QUERY; quote it if it has spaces ${usage}\n`);
    return 2;
  }
  const language = parsed.values.lang;
  if (language !== 'fr' && language !== 'en') {
    io.stderr(`repères: search: --lang must be fr or en, not "${String(language)}"\n`);
    return 2;
  }
  const limitText = String(parsed.values.limit);
  const limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    io.stderr(`repères: search: --limit must be a whole number from 1 to ${MAX_LIMIT}, not "${limitText}"\n`);
    return 2;
  }
  const data = await dataset(io);
  if (!data) return 1;
  const index = SearchIndex.build(corpusEntries(data), corpusAcronyms(data));
  const outcome = index.search(query, { limit });
  if (outcome.query.truncated)
    io.stderr(`repères: search: the query was cut to its first ${MAX_QUERY_LENGTH} characters\n`);
  if (outcome.query.words.length === 0) {
    io.stderr(
      'repères: search: the query has no word to search for (only punctuation, symbols or very common words)\n',
    );
  }
  const hits = groupResults(outcome, language as Language).flatMap((group) => group.hits);
  // Rank order, not group order: the JSON is what a script compares with an expected ranking.
  hits.sort((a, b) => b.score - a.score);
  if (parsed.values.json) {
    const rows = hits.map((hit) => ({
      docId: hit.docId,
      blockId: hit.blockId ?? hit.passageId,
      passageId: hit.passageId,
      lang: hit.language,
      score: Number(hit.score.toFixed(4)),
      snippet: hit.snippet.text,
    }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (hits.length === 0) {
    const suggestion = outcome.query.words.length > 0 ? index.suggest(query) : null;
    io.stdout(`no results${suggestion ? ` — did you mean "${suggestion}"?` : ''}\n`);
    return 0;
  }
  hits.forEach((hit, rank) => {
    io.stdout(
      `${rank + 1}. ${hit.docId} ${hit.blockId ?? hit.passageId ?? 'title'} [${hit.language}${hit.crossLingual ? ', found in the other language' : ''}] ${hit.score.toFixed(2)}\n   ${hit.snippet.text}\n`,
    );
  });
  return 0;
}
