import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBackupEnvelope } from '@shared/backup/envelope';
import { importFile } from '@shared/import/import-file';
import { parsePage } from '@shared/parser/parse-page';
import { ok } from '@shared/result';
import { draftJson } from '../../scripts/cli/format-page';
import { jsdomImportEnvironment } from '../../scripts/cli/jsdom-environment';
import { runCli } from '../../scripts/cli/run-cli';
import { bundledDataset } from '../dataset-fixture';
import { personData } from '../user-data-fixture';
import { projectRoot, SEED_FILES } from '../seeds';

const dataset = bundledDataset();
const dir = mkdtempSync(join(tmpdir(), 'reperes-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const seed = (name: string): string => join(projectRoot, 'resources', 'source', name);

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listFiles: async (path) => readdir(path),
    writeFile: async () => {
      throw new Error('parse, list and search never write');
    },
    sourceDir: join(projectRoot, 'resources', 'source'),
    bundledDataset: async () => ok(dataset),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('cli parse', () => {
  it('prints the structure the parser finds, with its warnings', async () => {
    const { code, stdout, stderr } = await run('parse', seed(SEED_FILES.rcpReference));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('truncated yes');
    expect(stdout).toContain('heading h2  PCR par région');
    expect(stdout).toMatch(/warnings \(4\)\n {2}glued-heading-split \(line 72\)/u);
  });

  it('prints JSON with --json: a page export parsed by the same code as the build uses', async () => {
    const { code, stdout } = await run('parse', seed(SEED_FILES.gcmDialogue), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as Record<string, unknown>;
    const page = parsePage(readFileSync(seed(SEED_FILES.gcmDialogue), 'utf8'), { fileName: 'x' });
    expect(parsed).toMatchObject({
      format: 'page-export',
      lang: 'fr',
      dateline: { place: 'Banjul', date: '25 juillet' },
      kind: 'news',
      warnings: [],
    });
    expect(parsed['blocks']).toEqual(page.ok && page.value.page.blocks);
  });

  it.each([
    [
      'a saved web page',
      'iom-news-saved.html',
      { format: 'html', lang: 'en', kind: 'news', dateline: { place: 'Dakar', date: '3 May 2024' } },
    ],
    ['a Markdown file', 'field-notes.md', { format: 'markdown', lang: 'fr', kind: 'reference', dateline: null }],
    ['a plain text file', 'personal-notes.txt', { format: 'text', lang: 'fr', kind: null, dateline: null }],
  ])('prints %s as the app imports it', async (_name, fixture, expected) => {
    const path = join(projectRoot, 'test', 'fixtures', 'import', fixture);
    const { code, stdout, stderr } = await run('parse', path, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(printed).toMatchObject(expected);
    const imported = importFile({ name: path, bytes: new Uint8Array(readFileSync(path)) }, jsdomImportEnvironment());
    expect(imported.ok && printed).toEqual(imported.ok && JSON.parse(JSON.stringify(draftJson(imported.value))));
    expect(Object.keys(printed)).toEqual(
      expect.arrayContaining(['title', 'lang', 'dateline', 'kind', 'blocks', 'warnings']),
    );
  });

  it('says in its report when a text file is not an IOM export', async () => {
    const { code, stdout } = await run('parse', join(projectRoot, 'test', 'fixtures', 'import', 'personal-notes.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('format    text');
    expect(stdout).toContain('not-an-iom-export');
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], 'no such file'],
    ['a directory', () => [dir], 'is a directory'],
    ['an empty file', () => [file('empty.txt', '')], 'the file is empty'],
    ['a binary file', () => [file('data.bin', new Uint8Array([0x01, 0x02, 0, 0, 1]))], 'binary'],
    [
      'a PNG renamed .txt',
      () => [file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
      'a PNG image',
    ],
    ['a file of blank lines', () => [file('blank.txt', '\n \n\t\n')], 'only spaces'],
    ['a 50 MB file', () => [file('huge.txt', new Uint8Array(50 * 1024 * 1024).fill(0x61))], 'not imported'],
    ['a page that is only a form', () => [join(projectRoot, 'test', 'fixtures', 'import', 'form-only.html')], 'a form'],
    [
      'a page that is only links',
      () => [join(projectRoot, 'test', 'fixtures', 'import', 'links-only.html')],
      'list of links',
    ],
  ])('refuses %s in one line, exit code 1', async (_name, args, message) => {
    const { code, stdout, stderr } = await run('parse', ...args());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it.each([
    [['parse'], 'exactly one FILE'],
    [['parse', 'a.txt', 'b.txt'], 'exactly one FILE'],
    [['parse', 'a.txt', '--yaml'], "Unknown option '--yaml'"],
    [['parse', 'a.txt', '--json=yes'], 'does not take an argument'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
  ])('refuses the usage %j with exit code 2', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('runs as `npm run cli` does: one line on stderr, no stack trace, non-zero exit', () => {
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, [join(projectRoot, 'scripts', 'cli.ts'), 'parse', dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`repères: ${dir}: is a directory, not a page export\n`);
  });
});

describe('the cli in a pipeline', () => {
  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const cli = join(projectRoot, 'scripts', 'cli.ts');
    const result = spawnSync('sh', ['-c', `"${tsx}" "${cli}" parse "${seed(SEED_FILES.rcpReference)}" | head -n 1`], {
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/^file/u);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/u);
    // A cold tsx start (it compiles the CLI) beside the other test files took over 5 s once.
  }, 20_000);
});

describe('cli list', () => {
  it('lists every bundled document with its titles in both languages, as JSON', async () => {
    const { code, stdout } = await run('list', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ id: string; title: { fr: string; en: string | null } }>;
    expect(rows.map((row) => row.id)).toEqual(dataset.documents.map((document) => document.id));
    expect(rows.every((row) => row.title.fr.length > 0 && row.title.en !== null)).toBe(true);
  });

  it('refuses arguments it does not take', async () => {
    const { code, stderr } = await run('list', 'extra');
    expect(code).toBe(2);
    expect(stderr).toContain('list takes no arguments');
  });
});

describe('cli search', () => {
  it('prints ranked hits as JSON: document, block, language, score, snippet', async () => {
    const { code, stdout } = await run('search', 'Processus de Prague', '--json', '--limit', '3');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Array<{
      docId: string;
      blockId: string;
      lang: string;
      score: number;
      snippet: string;
    }>;
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({
      docId: 'regional-consultative-processes',
      lang: 'fr',
      snippet: 'Processus de Prague',
    });
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it("gives a list item's hit its list's block id, and the item's own id apart", async () => {
    const { stdout } = await run('search', 'Prague Process', '--json', '--limit', '1', '--lang', 'en');
    const [hit] = JSON.parse(stdout) as Array<{ blockId: string; passageId: string; snippet: string }>;
    expect(hit).toMatchObject({ passageId: 'i-ea445cc1', snippet: 'Prague Process' });
    expect(hit?.blockId).toMatch(/^l-/);
  });

  it('suggests a spelling when nothing is found', async () => {
    const { code, stdout } = await run('search', 'Pargue ');
    expect(code).toBe(0);
    expect(stdout).toMatch(/no results — did you mean "prague"\?/);
  });

  it.each([
    ['only punctuation', '?!…;:'],
    ['control characters', '\u0000\u0007\u001b\u202e\u200b'],
    ['only very common words, the last one finished', 'the les de '],
  ])('answers a query of %s with a message and no hit, not a crash', async (_name, query) => {
    const { code, stdout, stderr } = await run('search', query, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toContain('no word to search for');
  });

  it('cuts a 10,000-character query and says so', async () => {
    const { code, stdout, stderr } = await run('search', 'migration '.repeat(1000), '--json');
    expect(code).toBe(0);
    expect(Array.isArray(JSON.parse(stdout))).toBe(true);
    expect(stderr).toContain('the query was cut to its first 200 characters');
  });

  it.each([
    [['search'], 'exactly one QUERY'],
    [['search', 'a', 'b'], 'exactly one QUERY'],
    [['search', 'migration', '--lang', 'de'], '--lang must be fr or en'],
    [['search', 'migration', '--limit', '0'], '--limit must be a whole number from 1 to 1000'],
    [['search', 'migration', '--limit', '1e9'], '--limit must be a whole number'],
    [['search', 'migration', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j with a clear message', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('cli reanchor', () => {
  const backupFile = (): string => {
    const built = buildBackupEnvelope({ data: personData(), appVersion: '0.1.0', exportedAt: new Date(0) });
    if (!built.ok) throw new Error(built.error.detail);
    return file('backup.json', JSON.stringify(built.value));
  };

  it('reports what the bundled dataset does to each note of a backup, writing nothing', async () => {
    const { code, stdout, stderr } = await run('reanchor', backupFile());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/3 unchanged, 0 moved, 0 detached \(nothing written\)/u);
    expect(stdout).toMatch(/n1 {2}regional-consultative-processes {2}"\(PCR\)" {2}unchanged → p-dc4f13e7 \[54–59\]/u);
  });

  it('reports against another dataset with --dataset, as JSON with --json', async () => {
    const next = {
      ...dataset,
      version: '0123456789abcdef',
      documents: dataset.documents.filter((document) => document.id !== 'regional-consultative-processes'),
    };
    const { code, stdout } = await run(
      'reanchor',
      backupFile(),
      '--dataset',
      file('next.json', JSON.stringify(next)),
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      dataset: string;
      notes: Array<{ id: string; status: string; reason: string | null }>;
    };
    expect(report.dataset).toBe('0123456789abcdef');
    expect(report.notes.map(({ id, status, reason }) => [id, status, reason])).toEqual([
      ['n1', 'detached', 'document-removed'],
      ['n2', 'unchanged', null],
      ['n3', 'unchanged', null],
    ]);
  });

  it.each([
    [['reanchor'], 2, 'exactly one BACKUP'],
    [['reanchor', 'a.json', 'b.json'], 2, 'exactly one BACKUP'],
    [['reanchor', 'a.json', '--bogus'], 2, "Unknown option '--bogus'"],
    [['reanchor', '/nonexistent/backup.json'], 1, 'no such file'],
  ])('refuses %j with a clear message', async (argv, expectedCode, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(expectedCode);
    expect(stderr).toContain(message);
  });

  it.each([
    ['not JSON', 'this is not json', 'not UTF-8 JSON'],
    ['binary', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1]), 'not UTF-8 JSON'],
    ['another format', JSON.stringify({ format: 'zotero', version: 1 }), 'not a Repères backup'],
    ['a newer backup', JSON.stringify({ format: 'reperes-backup', version: 99 }), 'newer version of Repères'],
    ['a hostile backup', '{"format":"reperes-backup","version":2,"__proto__":{"polluted":true}}', 'not valid'],
  ])('refuses %s as a backup, saying why', async (_case, content, message) => {
    const { code, stderr } = await run('reanchor', file('bad.json', content));
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a --dataset that is not a dataset', async () => {
    const { code, stderr } = await run('reanchor', backupFile(), '--dataset', file('notdata.json', '{"documents": 3}'));
    expect(code).toBe(1);
    expect(stderr).toContain('is not a Repères dataset');
  });
});
