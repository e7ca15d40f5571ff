import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile, writeJsonFileSync } from '../../../electron/main/json-file';

const dir = mkdtempSync(join(tmpdir(), 'reperes-json-'));

describe('small JSON files', () => {
  it('are written whole and read back', async () => {
    const path = join(dir, 'state.json');
    writeJsonFileSync(path, { bounds: { x: 1 }, maximized: true });
    expect(await readJsonFile(path)).toEqual({ bounds: { x: 1 }, maximized: true });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('are written into a folder that does not exist yet', async () => {
    const path = join(dir, 'new', 'state.json');
    writeJsonFileSync(path, [1]);
    expect(await readJsonFile(path)).toEqual([1]);
  });

  it('read as undefined when missing or damaged', async () => {
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{ "bounds": ');
    expect(await readJsonFile(damaged)).toBeUndefined();
    expect(await readJsonFile(join(dir, 'missing.json'))).toBeUndefined();
  });
});
