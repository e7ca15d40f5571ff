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

// "Le Processus de Rabat (Dialogue euro-africain…) est…", "The Bali Process (…) is…": the name
// a profile page's first sentence gives the process, with the acronym or full name after it.
const INTRODUCED_NAME = /^(?:(?:le|la|les|the)\s+|l['’])?(\p{Lu}[^().,;:]{1,150}?)\s*(\([^()]{1,150}\))/iu;

/**
 * The title of a page that has none of its own, read off its first sentence: the name that
 * sentence introduces with a bracketed acronym or full name ("Processus de Rabat (…)"), or
 * null when it introduces none.
 */
export function introducedName(sentence: string): string | null {
  const match = INTRODUCED_NAME.exec(sentence.trim());
  if (!match || !/^\p{Lu}/u.test(match[1] ?? '')) return null;
  return `${(match[1] ?? '').trim()} ${match[2] ?? ''}`;
}
