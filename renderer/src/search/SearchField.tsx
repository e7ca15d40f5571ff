import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSearch, useSearchActions } from './SearchContext';
import { focusHit } from './result-focus';

/**
 * The search field in the header, on every view. Typing shows results at once (the results
 * view opens by itself); ↓ moves into the results, Enter opens the first hit, Esc clears the
 * field, or leaves it when it is empty.
 */
export function SearchField() {
  const { t } = useTranslation();
  const { query, pending } = useSearch();
  const { setQuery } = useSearchActions();
  const [location, navigate] = useLocation();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      if (focusHit(0)) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (location !== '/search') navigate('/search');
      else document.querySelector<HTMLAnchorElement>('.search-hit a')?.click();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') setQuery('');
      else event.currentTarget.blur();
    }
  };

  return (
    <div className="search-field" role="search">
      <input
        type="search"
        value={query}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        title={t('search.hint')}
        aria-busy={pending}
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        onChange={(event) => {
          setQuery(event.target.value);
          if (location !== '/search' && event.target.value.trim() !== '') navigate('/search');
        }}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

/** Puts the cursor in the search field, its text selected (Ctrl+K, /, the menu). */
export function focusSearchField(): void {
  const field = document.querySelector<HTMLInputElement>('.search-field input');
  field?.focus();
  field?.select();
}
