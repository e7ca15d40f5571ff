import { parse } from 'yaml';
import type { ParseWarning } from '../document/schema';

export interface FrontMatter {
  title: string | null;
  /** As written: a string (`2024-05-03`) or a number (`2024`). */
  date: string | number | null;
  language: string | null;
  kind: unknown;
  source: string | null;
}

const EMPTY: FrontMatter = { title: null, date: null, language: null, kind: null, source: null };

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The fields we read from a Markdown file's YAML front matter. YAML is read as data (the
 * `yaml` library's core schema: no custom tags, aliases capped); anything else in it is
 * ignored, and front matter that is not a YAML mapping gives a warning, not an error.
 */
export function readFrontMatter(yamlText: string): { frontMatter: FrontMatter; warnings: ParseWarning[] } {
  let data: unknown;
  try {
    data = parse(yamlText, { schema: 'core', maxAliasCount: 50, uniqueKeys: false });
  } catch (error) {
    return { frontMatter: EMPTY, warnings: [unreadable((error as Error).message.split('\n')[0] ?? '')] };
  }
  if (data === null || data === undefined) return { frontMatter: EMPTY, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: EMPTY, warnings: [unreadable('it is not a list of "field: value" lines')] };
  }
  const fields = data as Record<string, unknown>;
  const date = fields['date'];
  return {
    frontMatter: {
      title: text(fields['title']),
      date: typeof date === 'string' || typeof date === 'number' ? date : null,
      language: text(fields['lang']) ?? text(fields['language']),
      kind: fields['kind'] ?? null,
      source: text(fields['source']) ?? text(fields['url']),
    },
    warnings: [],
  };
}

const unreadable = (reason: string): ParseWarning => ({
  code: 'front-matter-unreadable',
  message: `the front matter (the block between --- lines at the top) was ignored: ${reason}`,
  line: 1,
});
