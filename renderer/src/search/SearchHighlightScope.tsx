import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { isTypingTarget } from '../shell/keyboard';
import { useSearch, useSearchHighlightTerms } from './SearchContext';

const SearchTermsContext = createContext<readonly string[] | null>(null);

/**
 * Around a document's text: when the document was opened from a search hit, its passages
 * draw the hit's terms (through the range layer, see `InlineText`), and Esc goes back to the
 * results, the query and the list's place intact.
 */
export function SearchHighlightScope({ docId, children }: { docId: string; children: ReactNode }) {
  const terms = useSearchHighlightTerms(docId);
  const { query } = useSearch();
  const [, navigate] = useLocation();
  const fromSearch = terms !== null && query.trim() !== '';
  useEffect(() => {
    if (!fromSearch) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      navigate('/search');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [fromSearch, navigate]);
  return <SearchTermsContext.Provider value={terms}>{children}</SearchTermsContext.Provider>;
}

/** The search terms to draw in the text being read, if it was opened from a hit. */
export const useSearchTerms = (): readonly string[] | null => useContext(SearchTermsContext);
