import type { DocumentKind } from '../document/vocabulary';
import { foldText } from '../text/fold';

/**
 * The category line some pages put above their title ("Communiqué", "Press Release",
 * "Actualités", "Global"), folded, with the kind of document it says the page is (null for
 * a category that is a region or a theme, not a kind).
 */
const CATEGORY_KINDS: ReadonlyMap<string, DocumentKind | null> = new Map([
  ['communique', 'press-release'],
  ['communique de presse', 'press-release'],
  ['press release', 'press-release'],
  ['press releases', 'press-release'],
  ['actualites', 'news'],
  ['actualite', 'news'],
  ['news', 'news'],
  ['article', 'news'],
  ['recit', 'news'],
  ['story', 'news'],
  ['stories', 'news'],
  ['declaration', 'statement'],
  ['declarations', 'statement'],
  ['statement', 'statement'],
  ['statements', 'statement'],
  ['global', null],
  ['mondial', null],
]);

export interface Category {
  /** The category line as the page writes it. */
  text: string;
  kind: DocumentKind | null;
}

/** The category a line names, when it is one of the site's category lines. */
export function categoryOf(line: string): Category | null {
  const text = line.trim();
  const key = foldText(text);
  return CATEGORY_KINDS.has(key) ? { text, kind: CATEGORY_KINDS.get(key) ?? null } : null;
}
