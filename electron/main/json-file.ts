import { readFile, rename, writeFile } from 'node:fs/promises';

/** Reads a small JSON file; a missing or damaged file reads as `undefined`. */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes a small JSON file atomically: a crash mid-write leaves the previous file whole. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temporary, path);
}
