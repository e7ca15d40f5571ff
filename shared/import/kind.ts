import type { Dateline } from '../document/schema';
import { DOCUMENT_KINDS, type DocumentKind } from '../document/vocabulary';
import { foldText } from '../text/fold';

export interface KindClues {
  /** What the file says it is (Markdown front matter `kind`). */
  declared: unknown;
  title: string;
  /** The first words of the text. */
  opening: string;
  dateline: Dateline | null;
  /** The page carries a publication date in its metadata. */
  dated: boolean;
}

const PRESS_RELEASE =
  /\b(?:communiques? de presse|press releases?|note aux redactions|note to (?:editors|correspondents))\b/u;
const STATEMENT =
  /^(?:declaration|statement|remarks|allocution|discours|speech|message)\b|\b(?:statement by|declaration de|declaration du|remarks by)\b/u;

/**
 * A first guess at what kind of document a file is; the person corrects it in the preview.
 * What the file declares wins; then the words press releases and statements use; a dated
 * text with a dateline is news; anything else stays unknown.
 */
export function guessKind(clues: KindClues): DocumentKind | null {
  const declared = typeof clues.declared === 'string' ? clues.declared.trim().toLowerCase() : null;
  const known = DOCUMENT_KINDS.find((kind) => kind === declared);
  if (known) return known;
  const title = foldText(clues.title);
  const opening = foldText(clues.opening.slice(0, 300));
  if (PRESS_RELEASE.test(title) || PRESS_RELEASE.test(opening)) return 'press-release';
  if (STATEMENT.test(title)) return 'statement';
  if (clues.dateline !== null || clues.dated) return 'news';
  return null;
}
