import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import { ExternalLink } from '../common/ExternalLink';
import { StatusMessage } from '../common/StatusMessage';
import { isSafeWebAddress, shortWebAddress } from '../common/web-address';
import { useFocusHeading } from '../common/useFocusHeading';
import { documentTitles } from '../db/queries';
import { filterGlossary, headword, letterIndex, sameWords, sortGlossary } from './glossary-list';
import { useGlossary } from './GlossaryContext';

/** Every acronym and named body, alphabetical, filtered as you type, each with the passages that use it. */
export function GlossaryView({ entryId }: { entryId: string | null }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [language] = useLanguage();
  const { entries } = useGlossary();
  const titles = useLiveQuery(() => documentTitles(db), [db]);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const sorted = useMemo(() => sortGlossary([...entries.values()], language), [entries, language]);
  const shown = useMemo(() => filterGlossary(sorted, deferredQuery), [sorted, deferredQuery]);
  const letters = useMemo(() => letterIndex(shown, language), [shown, language]);
  useFocusHeading(entries.size > 0 && entryId === null, 'glossary-title');

  useEffect(() => {
    if (!entryId || entries.size === 0) return;
    const target = document.getElementById(`glossary-${entryId}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [entryId, entries.size]);

  if (entries.size === 0) return <StatusMessage title={t('common.loading')} busy />;
  return (
    <div className="glossary">
      <header className="page-header">
        <h1 id="glossary-title" tabIndex={-1}>
          {t('glossary.title')}
        </h1>
        <p className="lede">{t('glossary.intro', { count: entries.size })}</p>
        <label className="filter">
          <span>{t('glossary.filterLabel')}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('glossary.filterPlaceholder')}
          />
        </label>
        <p className="filter-count" aria-live="polite">
          {t('glossary.shown', { count: shown.length })}
        </p>
        {letters.length > 1 && (
          <nav className="glossary-index" aria-label={t('glossary.index')}>
            {letters.map(({ letter, entryId: first }) => (
              <Link key={letter} href={`/glossary/${first}`}>
                {letter}
              </Link>
            ))}
          </nav>
        )}
      </header>
      {shown.length === 0 ? (
        <StatusMessage title={t('glossary.noMatch.title')}>
          <p>{t('glossary.noMatch.body', { query })}</p>
        </StatusMessage>
      ) : (
        <ul className="glossary-list">
          {shown.map((entry) => {
            const other = language === 'fr' ? 'en' : 'fr';
            return (
              <li key={entry.id}>
                <article
                  id={`glossary-${entry.id}`}
                  className={`glossary-entry${entry.id === entryId ? ' is-target' : ''}`}
                  tabIndex={-1}
                  aria-labelledby={`glossary-${entry.id}-term`}
                >
                  <h2 id={`glossary-${entry.id}-term`} className="glossary-term">
                    {headword(entry, language)}
                    {headword(entry, other) !== headword(entry, language) && (
                      <span className="glossary-other-term" lang={other}>
                        {' '}
                        · {headword(entry, other)}
                      </span>
                    )}
                  </h2>
                  {!sameWords(entry.expansion[language], headword(entry, language)) && (
                    <p className="glossary-expansion">{entry.expansion[language]}</p>
                  )}
                  {!sameWords(entry.expansion[other], headword(entry, other)) && (
                    <p className="glossary-expansion-other" lang={other}>
                      {entry.expansion[other]}
                    </p>
                  )}
                  <p className="glossary-definition">{entry.definition[language]}</p>
                  <p className="glossary-source">
                    {t('glossary.source')}{' '}
                    {isSafeWebAddress(entry.source) ? (
                      <ExternalLink url={entry.source}>{shortWebAddress(entry.source)}</ExternalLink>
                    ) : (
                      <span>{entry.source}</span>
                    )}
                  </p>
                  <details className="glossary-uses">
                    <summary>{t('glossary.usedIn', { count: entry.occurrences.length })}</summary>
                    <ul>
                      {entry.occurrences.map((occurrence) => {
                        const title = titles?.get(occurrence.docId);
                        const label = title ? titleIn(title, language).text : occurrence.docId;
                        const href = documentPath(title ?? { id: occurrence.docId, role: 'page' }, occurrence.blockId);
                        return (
                          <li key={`${occurrence.docId}-${occurrence.blockId}`}>
                            <Link href={href}>{label}</Link>
                          </li>
                        );
                      })}
                    </ul>
                  </details>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
