import { createContext, useContext, type ReactNode } from 'react';
import { useSearchHighlightTerms } from './SearchContext';

const SearchTermsContext = createContext<readonly string[] | null>(null);

/**
 * Around a document's text: when the document was opened from a search hit, its passages
 * draw the hit's terms (through the range layer, see `InlineText`).
 */
export function SearchHighlightScope({ docId, children }: { docId: string; children: ReactNode }) {
  const terms = useSearchHighlightTerms(docId);
  return <SearchTermsContext.Provider value={terms}>{children}</SearchTermsContext.Provider>;
}

/** The search terms to draw in the text being read, if it was opened from a hit. */
export const useSearchTerms = (): readonly string[] | null => useContext(SearchTermsContext);
