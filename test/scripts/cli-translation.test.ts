import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run-cli';
import { projectRoot, SEED_FILES } from '../seeds';

/** A copy of `resources/source/` per test: refresh writes into it, never into the project. */
let sourceDir = '';
beforeEach(() => {
  sourceDir = join(mkdtempSync(join(tmpdir(), 'reperes-translation-')), 'source');
  cpSync(join(projectRoot, 'resources', 'source'), sourceDir, { recursive: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; writes: string[] }> {
  let stdout = '';
  let stderr = '';
  const writes: string[] = [];
  const code = await runCli(argv, {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listFiles: async (path) => readdir(path),
    writeFile: async (path, text) => {
      writes.push(path);
      await writeFile(path, text);
    },
    sourceDir,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr, writes };
}

const englishFile = (document: string): string => join(sourceDir, 'en', `${document}.json`);
const readEnglish = (document: string): string => readFileSync(englishFile(document), 'utf8');
/** Edits one sentence of the Los Angeles statement's French, as a source update would. */
function editFrench(before: string, after: string): void {
  const losAngeles = join(sourceDir, SEED_FILES.losAngeles);
  const text = readFileSync(losAngeles, 'utf8');
  expect(text).toContain(before);
  writeFileSync(losAngeles, text.replace(before, after));
}
const edited = {
  before: "Enfin, l'OIM réitère sa détermination",
  after: "Enfin, l'OIM réitère pleinement sa détermination",
};

describe('cli translation status', () => {
  it('lists every document as complete, with its published and our passages', async () => {
    const { code, stdout, stderr } = await run('translation', 'status');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^document\s+state\s+passages\s+stale\s+missing\s+orphans\s+published\s+ours\s+English$/u);
    expect(lines).toHaveLength(7);
    expect(stdout).toMatch(/los-angeles-declaration-statement\s+complete\s+8\s+0\s+0\s+0\s+5\s+3\s+partly IOM's/u);
    expect(stdout).toMatch(/gcm-africa-americas-dialogue\s+complete\s+16\s+0\s+0\s+0\s+0\s+16\s+our translation/u);
  });

  it('shows a French edit as one passage missing and one orphan until refresh pairs them', async () => {
    editFrench(edited.before, edited.after);
    const { stdout } = await run('translation', 'status');
    expect(stdout).toMatch(/los-angeles-declaration-statement\s+missing\s+\d+\s+0\s+1\s+1\s/u);
  });
});

describe('cli translation refresh', () => {
  it('leaves an up-to-date English file exactly as it is', async () => {
    const before = readEnglish('los-angeles-declaration-statement');
    const { code, stdout, writes } = await run('translation', 'refresh', 'los-angeles-declaration-statement');
    expect(code).toBe(0);
    expect(writes).toEqual([]);
    expect(stdout).toContain('7 unchanged, 0 fingerprint(s) rewritten, 0 stale, 0 new, 0 removed (file unchanged)');
    expect(readEnglish('los-angeles-declaration-statement')).toBe(before);
  });

  it('after a French edit, lists the stale entry with the French before and now, and keeps its English', async () => {
    editFrench(edited.before, edited.after);
    const { code, stdout } = await run('translation', 'refresh', 'los-angeles-declaration-statement');
    expect(code).toBe(0);
    expect(stdout).toContain('6 unchanged, 0 fingerprint(s) rewritten, 1 stale, 0 new, 0 removed');
    expect(stdout).toMatch(/stale p-[0-9a-f]{8} \(was p-b137ead1\)/u);
    expect(stdout).toContain(`  French before: ${edited.before}`);
    expect(stdout).toContain(`  French now:    ${edited.after}`);
    expect(stdout).toContain('  English:       Finally, IOM reiterates');
    // The build now sees a stale passage (to revise), no longer a missing one and an orphan.
    const { stdout: status } = await run('translation', 'status');
    expect(status).toMatch(/los-angeles-declaration-statement\s+stale\s+8\s+1\s+0\s+0\s/u);
  });

  it('rewrites the fingerprint once the reviser has set the new French, and the English is complete again', async () => {
    editFrench(edited.before, edited.after);
    await run('translation', 'refresh', 'los-angeles-declaration-statement');
    // The reviser revises the English and records the French it now translates.
    const file = readEnglish('los-angeles-declaration-statement').replace(
      /"fr": "Enfin, l'OIM réitère sa détermination/u,
      `"fr": "${edited.after}`,
    );
    writeFileSync(englishFile('los-angeles-declaration-statement'), file);
    const { stdout } = await run('translation', 'refresh', 'los-angeles-declaration-statement');
    expect(stdout).toMatch(/1 fingerprint\(s\) rewritten, 0 stale/u);
    expect(stdout).toMatch(/fingerprint rewritten: p-[0-9a-f]{8} \(its French is unchanged\)/u);
    const { stdout: status } = await run('translation', 'status');
    expect(status).toMatch(/los-angeles-declaration-statement\s+complete/u);
  });

  it('creates the English file of a document that has none, every passage to translate', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(englishFile('about-iom'));
    const { code, stdout, writes } = await run('translation', 'refresh', 'about-iom');
    expect(code).toBe(0);
    expect(writes).toEqual([englishFile('about-iom')]);
    expect(stdout).toContain('en/about-iom.json: created, every passage to translate');
    const created = JSON.parse(readEnglish('about-iom')) as { document: string; blocks: unknown[] };
    expect(created.document).toBe('about-iom');
  });
});

describe('cli translation with bad input', () => {
  it.each([
    [['translation'], 'no subcommand given'],
    [['translation', 'translate'], 'unknown subcommand "translate"'],
    [['translation', 'status', 'extra'], 'wrong number of arguments'],
    [['translation', 'refresh'], 'wrong number of arguments'],
    [['translation', 'refresh', 'a', 'b'], 'wrong number of arguments'],
    [['translation', 'status', '--json'], 'unknown option "--json"'],
  ])('refuses the usage %j with exit code 2 and writes nothing', async (argv, message) => {
    const { code, stderr, stdout, writes } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(writes).toEqual([]);
  });

  it.each([['no-such-document'], ['../../etc/passwd'], ['']])(
    'refuses to refresh the unknown document %j in one line, exit code 1, writing nothing',
    async (document) => {
      const { code, stderr, writes } = await run('translation', 'refresh', document);
      expect(code).toBe(1);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`no document "${document}"`);
      expect(writes).toEqual([]);
    },
  );

  it('says which English file is broken, and changes nothing, when one is not valid JSON', async () => {
    writeFileSync(englishFile('about-iom'), '{ "format": 1, ');
    const { code, stderr, writes } = await run('translation', 'refresh', 'los-angeles-declaration-statement');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^repères: translation: cannot read the sources in .*JSON/u);
    expect(writes).toEqual([]);
  });

  it('reports an English file that breaks its schema as the build does', async () => {
    writeFileSync(englishFile('about-iom'), JSON.stringify({ format: 1, document: 'about-iom' }));
    const { code, stderr } = await run('translation', 'status');
    expect(code).toBe(1);
    expect(stderr).toContain('en/about-iom.json is invalid');
  });
});
