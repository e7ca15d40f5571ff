import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useLayoutEffect, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Language } from '@shared/document/vocabulary';
import { GLOSSARY_GROUP, NOTES_GROUP } from '@shared/search/entries';
import type { Snippet } from '@shared/search/highlight';
import type { ResultGroup, ResultHit } from '@shared/search/results';
import { resolveRanges } from '@shared/text/ranges';
import { documentPath } from '../common/document-path';
import { documentTitles } from '../db/queries';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { focusHit, moveHitFocus } from './result-focus';
import { useSearch, useSearchActions } from './SearchContext';
import { SearchFiltersBar, hasFilters } from './SearchFiltersBar';

/** For how many frames a hit come back to is kept where it was (see `SearchView`). */
const RETURN_FRAMES = 6;
/** What a person does to move through the list themselves. */
const PERSON_MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/** The results of the query typed in the header, grouped by document, with filters and help. */
export function SearchView() {
  const { t } = useTranslation();
  const { query, filters, response, index, failure, takeReturnPoint } = useSearch();

  // Coming back from a hit (Esc, or Back): the list where it was, the hit that was opened focused.
  const hasResults = response !== null;
  useLayoutEffect(() => {
    if (!hasResults) return;
    const point = takeReturnPoint();
    if (!point) return;
    const scroller = document.scrollingElement;
    scroller?.scrollTo({ top: point.scrollTop });
    const hit = document.querySelector<HTMLAnchorElement>(`.search-hit a[data-hit-id="${CSS.escape(point.hitId)}"]`);
    if (!hit) return;
    hit.focus({ preventScroll: true });
    // The hits out of sight are not laid out (see `.search-hit` in the styles): above this one
    // they stand in at an estimated height, so the same scrollTop can put it elsewhere. The
    // list is moved by the difference, so that the hit is where it was; and again over the next
    // few frames, as the hits that came into sight take their real height (a frame later).
    // Not once the person scrolls or types: the list is theirs again.
    let frames = 0;
    let frame = 0;
    const stop = (): void => {
      cancelAnimationFrame(frame);
      for (const type of PERSON_MOVES) window.removeEventListener(type, stop, true);
    };
    const putBack = (): void => {
      const off = hit.getBoundingClientRect().top - point.hitTop;
      if (Math.abs(off) >= 1) scroller?.scrollBy({ top: off });
      frames += 1;
      if (frames < RETURN_FRAMES) frame = requestAnimationFrame(putBack);
      else stop();
    };
    for (const type of PERSON_MOVES) window.addEventListener(type, stop, true);
    putBack();
    return stop;
  }, [hasResults, takeReturnPoint]);

  let body: ReactNode;
  if (failure) body = <p className="search-message">{t('search.failed')}</p>;
  else if (query.trim() === '') body = <RecentSearches />;
  else if (!index || !response) body = <p className="search-message">{t('search.preparing')}</p>;
  else if (response.query.words === 0) body = <p className="search-message">{t('search.noWords')}</p>;
  else if (response.total === 0) body = <NoResults />;
  else body = <ResultList groups={response.groups} query={response.query.text} />;

  return (
    <section className="search-view" aria-labelledby="search-title" data-index-origin={index?.origin}>
      <h1 id="search-title">{t('search.title')}</h1>
      {index && <SearchFiltersBar facets={index.facets} filters={filters} />}
      <p className="search-summary" role="status" aria-live="polite">
        {response && query.trim() !== '' && response.query.words > 0
          ? t('search.summary', { count: response.total, query: response.query.text.trim() })
          : ''}
        {response?.query.truncated ? ` ${t('search.truncated')}` : ''}
      </p>
      {body}
    </section>
  );
}

function RecentSearches() {
  const { t } = useTranslation();
  const { recent } = useSearch();
  const { setQuery, clearRecent } = useSearchActions();
  return (
    <div className="search-empty">
      <p>{t('search.empty.intro')}</p>
      <ul className="search-tips">
        <li>{t('search.empty.tipLanguages')}</li>
        <li>{t('search.empty.tipPhrase')}</li>
        <li>{t('search.empty.tipKeys')}</li>
      </ul>
      {recent.length > 0 && (
        <section aria-labelledby="recent-searches">
          <h2 id="recent-searches">{t('search.recent.title')}</h2>
          <ul className="recent-searches">
            {recent.map((text) => (
              <li key={text}>
                <button type="button" className="link-button" onClick={() => setQuery(text)}>
                  {text}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="text-button" onClick={clearRecent}>
            {t('search.recent.clear')}
          </button>
        </section>
      )}
    </div>
  );
}

function NoResults() {
  const { t } = useTranslation();
  const { response, filters } = useSearch();
  const { setFilters, setQuery } = useSearchActions();
  return (
    <div className="search-empty">
      <ul className="search-tips">
        {response?.suggestion && (
          <li>
            {t('search.none.didYouMean')}{' '}
            <button type="button" className="link-button" onClick={() => setQuery(response.suggestion ?? '')}>
              {response.suggestion}
            </button>
          </li>
        )}
        {hasFilters(filters) && (
          <li>
            <button type="button" className="link-button" onClick={() => setFilters({})}>
              {t('search.filters.clear')}
            </button>
          </li>
        )}
        <li>{t('search.none.otherLanguage')}</li>
        <li>{t('search.none.fewerWords')}</li>
      </ul>
    </div>
  );
}

/**
 * Memoised, and its hits read no search state: while the next answer is on its way, a
 * keystroke renders the field and the summary, not every hit again. `query` is the one these
 * groups answer (remembered when a hit is opened).
 */
const ResultList = memo(function ResultList({ groups, query }: { groups: readonly ResultGroup[]; query: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [language] = useLanguage();
  const titles = useLiveQuery(() => documentTitles(db), [db]);
  const [, navigate] = useLocation();
  const { openingHit } = useSearchActions();
  const labels = useMemo((): HitLabels => {
    const kinds = new Map<ResultHit['kind'], string>();
    return {
      // Translated once per kind, not again for each hit of each answer.
      kind: (kind) => {
        if (!kinds.has(kind)) kinds.set(kind, t(`search.kind.${kind}`));
        return kinds.get(kind)!;
      },
      foundIn: { fr: t('search.foundIn.fr'), en: t('search.foundIn.en') },
    };
  }, [t]);
  const open = useCallback(
    (hit: ResultHit, path: string, link: HTMLElement) => {
      openingHit(query, hit.source === 'document' ? { docId: hit.docId, terms: hit.terms } : null, {
        scrollTop: document.scrollingElement?.scrollTop ?? 0,
        hitId: hit.id,
        hitTop: link.getBoundingClientRect().top,
      });
      navigate(path);
    },
    [openingHit, query, navigate],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveHitFocus(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      document.querySelector<HTMLInputElement>('.search-field input')?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusHit(event.key === 'Home' ? 0 : Number.MAX_SAFE_INTEGER);
    }
  };
  return (
    <div className="search-results" onKeyDown={onKeyDown}>
      {groups.map((group) => {
        const document = titles?.get(group.docId);
        const title =
          group.docId === GLOSSARY_GROUP
            ? t('nav.glossary')
            : group.docId === NOTES_GROUP
              ? t('search.yourNotes')
              : language === 'en'
                ? (document?.english?.title?.text ?? document?.title.text)
                : document?.title.text;
        return (
          <section key={group.docId} className="search-group" aria-label={title}>
            <h2>{title ?? group.docId}</h2>
            <ol>
              {group.hits.map((hit) => (
                <HitItem
                  key={hit.id}
                  hit={hit}
                  path={pathOf(hit, titles?.get(hit.targetDocId)?.role ?? 'page')}
                  labels={labels}
                  onOpen={open}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
});

function pathOf(hit: ResultHit, role: 'page' | 'about'): string {
  if (hit.source === 'glossary') return `/glossary/${hit.passageId ?? ''}`;
  return documentPath({ id: hit.targetDocId, role }, hit.passageId);
}

interface HitLabels {
  kind(kind: ResultHit['kind']): string;
  foundIn: Record<Language, string>;
}

interface HitItemProps {
  hit: ResultHit;
  path: string;
  labels: HitLabels;
  onOpen(hit: ResultHit, path: string, link: HTMLElement): void;
}

function HitItem({ hit, path, labels, onOpen }: HitItemProps) {
  const other: Language = hit.language === 'fr' ? 'en' : 'fr';
  return (
    <li className="search-hit">
      <a
        href={`#${path}`}
        data-hit-id={hit.id}
        lang={hit.language}
        onClick={(event) => {
          event.preventDefault();
          onOpen(hit, path, event.currentTarget);
        }}
      >
        <span className="hit-kind">{labels.kind(hit.kind)}</span>
        {hit.crossLingual && (
          <span className="hit-other-language" title={labels.foundIn[other]}>
            <span aria-hidden="true">{other.toUpperCase()}</span>
            <span className="visually-hidden">{labels.foundIn[other]}</span>
          </span>
        )}
        <SnippetText snippet={hit.snippet} />
      </a>
    </li>
  );
}

/** A snippet with its matches marked, cut by the range layer as the reader's passages are. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  const segments = resolveRanges(snippet.text, {
    decorations: snippet.ranges.map((range) => ({ layer: 'search-hit', ...range, data: null })),
  });
  return (
    <span className="hit-snippet">
      {snippet.clippedStart && '… '}
      {segments.map((segment) =>
        segment.decorations.length > 0 ? <mark key={segment.start}>{segment.text}</mark> : segment.text,
      )}
      {snippet.clippedEnd && ' …'}
    </span>
  );
}
