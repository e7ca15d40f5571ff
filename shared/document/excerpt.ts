import { passagesOf, type WalkableDocument } from './passages';
import type { Language } from './vocabulary';

const EXCERPT_LENGTH = 240;

/**
 * A document's first lines in a language, for the library: its prose (paragraphs and
 * quotations, not headings or contact lines), cut at a word near 240 characters. Only text
 * really in that language: an English excerpt never shows French in its place.
 */
export function excerptOf(document: WalkableDocument, language: Language): string {
  const text = passagesOf(document, language)
    .filter((passage) => (passage.kind === 'paragraph' || passage.kind === 'quote') && !passage.untranslated)
    .map((passage) => passage.text)
    .join(' ')
    .trim();
  return cutOnWord(text, EXCERPT_LENGTH);
}

/** A text cut at the last space before `length` characters (a word never halved), with "…". */
export function cutOnWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
