import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage, type ParsedPageResult } from '@shared/parser/parse-page';

export const projectRoot = join(import.meta.dirname, '..');
export const SEED_FILES = {
  gcmDialogue: 'fr/000_54875824802dffd6.txt',
  cebRelease: 'fr/001_a302ce89266d0179.txt',
  rcpReference: 'fr/002_b8e1d6274cf10261.txt',
  losAngeles: 'fr/003_41bbf82389fbfda7.txt',
  bapa40: 'fr/004_1eaf76f4436fe2fb.txt',
} as const;

export const readSource = (file: string): string =>
  readFileSync(join(projectRoot, 'resources', 'source', file), 'utf8');

/** Parses a page's text; fails the test if the parser refuses it. */
export function parseText(text: string, options: Parameters<typeof parsePage>[1] = {}): ParsedPageResult {
  const result = parsePage(text, options);
  if (!result.ok) throw new Error(`${options.fileName ?? 'text'}: ${result.error.message}`);
  return result.value;
}

/** Parses a bundled seed page; fails the test if the parser refuses it. */
export const parseSeed = (file: string, options: Parameters<typeof parsePage>[1] = {}): ParsedPageResult =>
  parseText(readSource(file), { fileName: file, ...options });
