import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '@shared/document/vocabulary';
import type { SearchFilters } from '@shared/search/search-index';
import { useLanguage } from '../settings/useLanguage';
import { useSearchActions } from './SearchContext';
import type { SearchFacets } from './search-service';

export const hasFilters = (filters: SearchFilters): boolean =>
  Boolean(filters.kinds?.length || filters.years?.length || filters.sections?.length);

/**
 * Narrowing the results: by kind of document, by year, and, for reference pages, by section
 * (the RCP page's regions). A section only makes sense within a reference page, so its list
 * appears once "Reference" is chosen.
 */
export const SearchFiltersBar = memo(function SearchFiltersBar({
  facets,
  filters,
}: {
  facets: SearchFacets;
  filters: SearchFilters;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { setFilters } = useSearchActions();
  const kind = filters.kinds?.[0] ?? '';
  const year = filters.years?.[0];
  const section = filters.sections?.[0] ?? '';
  return (
    <div className="search-filters" role="group" aria-label={t('search.filters.label')}>
      <label>
        <span>{t('search.filters.kind')}</span>
        <select
          value={kind}
          onChange={(event) => {
            const value = event.target.value as DocumentKind | '';
            setFilters({
              ...filters,
              kinds: value ? [value] : [],
              sections: value === 'reference' ? filters.sections : [],
            });
          }}
        >
          <option value="">{t('search.filters.allKinds')}</option>
          {facets.kinds.map((option) => (
            <option key={option} value={option}>
              {t(`kinds.${option}.other`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('search.filters.year')}</span>
        <select
          value={year ?? ''}
          onChange={(event) =>
            setFilters({ ...filters, years: event.target.value ? [Number(event.target.value)] : [] })
          }
        >
          <option value="">{t('search.filters.allYears')}</option>
          {facets.years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      {kind === 'reference' && facets.sections.length > 0 && (
        <label>
          <span>{t('search.filters.section')}</span>
          <select
            value={section}
            onChange={(event) => setFilters({ ...filters, sections: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('search.filters.allSections')}</option>
            {facets.sections.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label[language]}
              </option>
            ))}
          </select>
        </label>
      )}
      {hasFilters(filters) && (
        <button type="button" className="text-button" onClick={() => setFilters({})}>
          {t('search.filters.clear')}
        </button>
      )}
    </div>
  );
});
