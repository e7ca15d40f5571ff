import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SearchFilters } from '@shared/search/search-index';
import { useLocation } from 'wouter';
import { isTypingTarget } from '../shell/keyboard';
import { clearRecentSearches, getRecentSearches, saveRecentSearch } from '../db/queries';
import { useServices } from '../services/context';
import { leadingLanguage } from '../settings/reading-mode';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';
import { startSearchWorker, type SearchClient } from './search-client';
import type { PreparedIndex, SearchResponse } from './search-service';

/**
 * Search as the whole app shares it: the query and filters (kept while a person reads a hit,
 * so that Esc brings the same results back), the latest answer from the worker, the terms to
 * highlight in the document opened from a hit, and the recent queries.
 */
export interface SearchHighlight {
  docId: string;
  terms: readonly string[];
}

export interface SearchState {
  query: string;
  filters: SearchFilters;
  response: SearchResponse | null;
  /** A query is on its way to the worker. */
  pending: boolean;
  index: PreparedIndex | null;
  failure: string | null;
  highlight: SearchHighlight | null;
  recent: readonly string[];
  /** Where to put the results list back, once (null when it was not left for a hit). */
  takeReturnPoint(): ReturnPoint | null;
}

/**
 * What changes search, in a context of its own that never changes: a component that only acts
 * (a hit, a filter) does not render again at each keystroke, as a reader of `SearchState` does.
 */
export interface SearchActions {
  setQuery(query: string): void;
  setFilters(filters: SearchFilters): void;
  clearRecent(): void;
  /**
   * A hit of `query` is being opened: the query joins the recent ones, the hit's terms are
   * highlighted in its document, and the results list's place is kept for Esc to come back to.
   */
  openingHit(query: string, highlight: SearchHighlight | null, point: ReturnPoint): void;
}

export interface ReturnPoint {
  scrollTop: number;
  hitId: string;
  /** Where the hit was in the window (its top, in pixels from the window's top). */
  hitTop: number;
}

const SearchContext = createContext<SearchState | null>(null);
const SearchActionsContext = createContext<SearchActions | null>(null);

export function SearchProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  const [interfaceLanguage] = useLanguage();
  const [readingMode] = useReadingMode();
  const language = leadingLanguage(readingMode, interfaceLanguage);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  // Each answer is kept with the request it answers: results show only for the current one.
  const [answer, setAnswer] = useState<{ key: string; response: SearchResponse } | null>(null);
  const [index, setIndex] = useState<PreparedIndex | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<SearchHighlight | null>(null);
  const [client, setClient] = useState<SearchClient | null>(null);
  const returnPoint = useRef<ReturnPoint | null>(null);
  const recent = useLiveQuery(() => getRecentSearches(db), [db], []);

  // The worker starts once the first screen is up, when the browser is idle: it loads (or
  // builds) the index in the background and never delays the library.
  useEffect(() => {
    let stop = (): void => undefined;
    const start = (): void => {
      const worker = startSearchWorker();
      stop = worker.stop;
      setClient(() => worker.client);
      worker.client.prepare().then(setIndex, (error: unknown) => setFailure(String(error)));
    };
    const idle = requestIdleCallback(start, { timeout: 1500 });
    return () => {
      cancelIdleCallback(idle);
      stop();
    };
  }, []);

  const key = JSON.stringify([query, language, filters]);
  const searching = client !== null && query.trim() !== '';
  useEffect(() => {
    if (!client || query.trim() === '') return undefined;
    let current = true;
    client.search({ query, language, filters }).then(
      (response) => {
        // An answer to an older keystroke is dropped: only the latest query's results show.
        if (current) setAnswer({ key, response });
      },
      (error: unknown) => {
        if (current) setFailure(String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [client, key, query, language, filters]);
  const response = searching && answer ? answer.response : null;
  const pending = searching && answer?.key !== key;

  useReturnToResultsOnEscape(returnPoint);

  const clearRecent = useCallback(() => void clearRecentSearches(db), [db]);
  const openingHit = useCallback(
    (hitQuery: string, hitHighlight: SearchHighlight | null, point: ReturnPoint) => {
      void saveRecentSearch(db, hitQuery);
      setHighlight(hitHighlight);
      returnPoint.current = point;
    },
    [db, setHighlight],
  );
  const takeReturnPoint = useCallback(() => {
    const point = returnPoint.current;
    returnPoint.current = null;
    return point;
  }, []);

  const actions = useMemo<SearchActions>(
    () => ({ setQuery, setFilters, clearRecent, openingHit }),
    [setQuery, setFilters, clearRecent, openingHit],
  );
  const state = useMemo<SearchState>(
    () => ({ query, filters, response, pending, index, failure, highlight, recent, takeReturnPoint }),
    [query, filters, response, pending, index, failure, highlight, recent, takeReturnPoint],
  );
  return (
    <SearchActionsContext.Provider value={actions}>
      <SearchContext.Provider value={state}>{children}</SearchContext.Provider>
    </SearchActionsContext.Provider>
  );
}

/**
 * Esc on a view opened from a hit (a passage, a title, a glossary entry) goes back to the
 * results, with the query, the list's place and the opened hit restored. Only then: Esc does
 * nothing here once the person has come back, or left the results any other way.
 */
function useReturnToResultsOnEscape(returnPoint: { readonly current: ReturnPoint | null }): void {
  const [location, navigate] = useLocation();
  useEffect(() => {
    if (location === '/search') return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (returnPoint.current === null) return;
      event.preventDefault();
      navigate('/search');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [location, navigate, returnPoint]);
}

export function useSearch(): SearchState {
  const state = useContext(SearchContext);
  if (!state) throw new Error('useSearch must be used inside SearchProvider');
  return state;
}

export function useSearchActions(): SearchActions {
  const actions = useContext(SearchActionsContext);
  if (!actions) throw new Error('useSearchActions must be used inside SearchProvider');
  return actions;
}

/** The terms to highlight in a document, when it was opened from a search hit. */
export function useSearchHighlightTerms(docId: string | null): readonly string[] | null {
  const state = useContext(SearchContext);
  const highlight = state?.highlight;
  return highlight && docId !== null && highlight.docId === docId ? highlight.terms : null;
}
