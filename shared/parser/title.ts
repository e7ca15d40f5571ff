import type { ParseWarning } from '../document/schema';
import { findContacts } from './contacts';
import { wordCount } from './punctuation';

const MAX_TITLE_LENGTH = 250;

/**
 * A page's title is its first line when that line reads like one: a single line, not a
 * list item, not a sentence that ends like prose, not a contact line.
 */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_TITLE_LENGTH &&
    wordCount(text) >= 2 &&
    !/^[-•*«“"]/u.test(text) &&
    !/[.,;:]$/u.test(text) &&
    findContacts(text).length === 0
  );
}

export interface TitleFallback {
  /** A curated title for pages that have none. */
  metadataTitle?: string | undefined;
  fileName?: string | undefined;
}

/** The title to use for a page that has none, and the warning that says where it came from. */
export function fallbackTitle(fallback: TitleFallback): {
  text: string;
  source: 'metadata' | 'file-name';
  warning: ParseWarning;
} {
  if (fallback.metadataTitle?.trim()) {
    return {
      text: fallback.metadataTitle.trim(),
      source: 'metadata',
      warning: {
        code: 'title-from-metadata',
        message: 'the page has no title line; the title comes from the curated metadata',
        line: null,
      },
    };
  }
  const stem = (fallback.fileName ?? 'untitled').replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  const text = stem.replace(/[_-]+/gu, ' ').trim() || 'untitled';
  return {
    text,
    source: 'file-name',
    warning: {
      code: 'title-from-file-name',
      message: `the page has no title line and no curated title; the title "${text}" comes from the file name`,
      line: null,
    },
  };
}
