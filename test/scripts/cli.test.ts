import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run-cli';
import { projectRoot, SEED_FILES } from '../seeds';

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
      throw new Error('parse never writes');
    },
    sourceDir: join(projectRoot, 'resources', 'source'),
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

  it('prints JSON with --json, the same code as the build uses', async () => {
    const { code, stdout } = await run('parse', seed(SEED_FILES.gcmDialogue), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { page: { dateline: { place: string } }; warnings: unknown[] };
    expect(parsed.page.dateline.place).toBe('Banjul');
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], 'no such file'],
    ['a directory', () => [dir], 'is a directory'],
    ['an empty file', () => [file('empty.txt', '')], 'the file is empty'],
    ['a binary file', () => [file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))], 'binary'],
    ['a Latin-1 file', () => [file('latin1.txt', new Uint8Array([0x45, 0x74, 0x61, 0x74, 0xe9]))], 'not valid UTF-8'],
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
  });
});
