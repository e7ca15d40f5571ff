import type { ParseWarning } from '../document/schema';
import { wordCount } from '../parser/punctuation';
import { fallbackTitle, looksLikeTitle } from '../parser/title';
import { err, ok, type Result } from '../result';
import type { ArticleNode } from './article';
import { blocksFromNodes } from './blocks-from-nodes';
import type { FormatDraft } from './format-draft';
import { importError, type ImportError } from './import-error';
import { languageOf } from './language';

const ITEM = /^\s*(?:[-•*]|\d{1,3}[.)])\s+(\S.*)$/u;
const SEPARATOR = /^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/u;
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;

/** A short line that ends without punctuation and starts with a capital, followed by more text. */
const isHeadingLike = (text: string): boolean =>
  text.length <= MAX_HEADING_LENGTH &&
  wordCount(text) <= MAX_HEADING_WORDS &&
  /^[\p{Lu}\p{N}]/u.test(text) &&
  !/[.,;:!?…]$/u.test(text);

/**
 * A text's paragraphs: with blank lines between paragraphs, the lines between them (joined);
 * without any, each line. Lines that all start like list items make a list.
 */
function paragraphsOf(lines: readonly string[]): { groups: string[][]; spaced: boolean } {
  const spaced = lines.some((line, index) => line.trim() === '' && index > 0 && index < lines.length - 1);
  if (!spaced) return { groups: lines.filter((line) => line.trim() !== '').map((line) => [line.trim()]), spaced };
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') {
      if ((groups.at(-1) ?? []).length > 0) groups.push([]);
    } else {
      groups.at(-1)?.push(line.trim());
    }
  }
  return { groups: groups.filter((group) => group.length > 0), spaced };
}

/** Headings are only read off a text that spaces its paragraphs: otherwise every short line would be one. */
function nodesOf(groups: readonly string[][], spaced: boolean): ArticleNode[] {
  return groups.flatMap((group, index): ArticleNode[] => {
    const [first = ''] = group;
    if (group.every((line) => SEPARATOR.test(line))) return [{ kind: 'separator' }];
    if (group.every((line) => ITEM.test(line))) {
      return [{ kind: 'list', items: group.map((line) => ITEM.exec(line)?.[1]?.trim() ?? line) }];
    }
    if (spaced && group.length === 1 && index < groups.length - 1 && isHeadingLike(first)) {
      return [{ kind: 'heading', level: 2, text: first }];
    }
    return [{ kind: 'paragraph', text: group.join(' ').replace(/\s+/gu, ' ') }];
  });
}

/** The draft of a plain text file: its first line as title when it reads like one, else the file name. */
export function draftFromPlainText(text: string, fileName: string): Result<FormatDraft, ImportError> {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const { groups, spaced } = paragraphsOf(lines);
  const warnings: ParseWarning[] = [];

  const [firstGroup] = groups;
  const firstLine = firstGroup?.length === 1 ? (firstGroup[0] ?? '') : '';
  let title: FormatDraft['content']['title'];
  let body = groups;
  if (groups.length > 1 && looksLikeTitle(firstLine) && !ITEM.test(firstLine)) {
    title = { text: firstLine, source: 'page' };
    body = groups.slice(1);
  } else {
    const fallback = fallbackTitle({ fileName });
    title = { text: fallback.text, source: fallback.source };
    warnings.push(fallback.warning);
  }

  const { blocks, dateline, warnings: blockWarnings } = blocksFromNodes(nodesOf(body, spaced), title.text);
  warnings.push(...blockWarnings);
  if (blocks.length === 0) return err(importError('no-text', 'the file has no text to import'));
  return ok({
    content: { language: languageOf([], blocks), title, dateline, blocks, truncation: null },
    declaredKind: null,
    metadataDate: null,
    urls: [],
    warnings,
  });
}
