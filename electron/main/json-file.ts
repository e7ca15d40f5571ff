import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readFile, rename, writeFile } from 'node:fs/promises';

/** Reads a small JSON file; a missing or damaged file reads as `undefined`. */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes a small JSON file atomically (a crash mid-write leaves the previous file whole), and
 * synchronously: it runs as the window closes, when the process may exit right after.
 */
export function writeJsonFileSync(path: string, value: unknown): void {
  const temporary = `${path}.${process.pid}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}

/**
 * Writes a file the person chose (a backup, notes as Markdown, a PDF) through a temporary file
 * and a rename: an interrupted save never leaves half a file where the person will look for it.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}
