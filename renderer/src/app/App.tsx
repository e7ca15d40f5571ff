import { lazy, Suspense, useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../common/StatusMessage';
import { StartupScreen } from '../startup/StartupScreen';
import { useDatasetSync, type EarlyDatasetCheck } from '../startup/useDatasetSync';
import { GlossaryProvider } from '../glossary/GlossaryContext';
import { LibraryView } from '../library/LibraryView';
import { SearchProvider } from '../search/SearchContext';
import { Shell } from '../shell/Shell';
import { UndoProvider } from '../common/UndoContext';
import { ImportQueueProvider } from '../import/ImportQueue';
import { ReadingSettingsProvider } from '../settings/ReadingSettings';
import { preloadableView } from './preloadable-view';

// Only the library is in the first screen's code; the other views load as chunks of their own.
const reader = preloadableView(() => import('../reader/ReaderView').then((module) => module.ReaderView));
const notes = preloadableView(() => import('../annotations/NotesView').then((module) => module.NotesView));
const ReaderView = reader.View;
const AboutView = lazy(() => import('../about/AboutView').then((module) => ({ default: module.AboutView })));
const GlossaryView = lazy(() =>
  import('../glossary/GlossaryView').then((module) => ({ default: module.GlossaryView })),
);
const SearchView = lazy(() => import('../search/SearchView').then((module) => ({ default: module.SearchView })));
const NotesView = notes.View;

/**
 * Once the first screen is up and the page idle, the views a person opens most (the reader,
 * their notes) are fetched and evaluated, so that opening one does not wait for its code.
 */
function usePreloadedViews(ready: boolean): void {
  useEffect(() => {
    if (!ready) return undefined;
    const idle = requestIdleCallback(
      () => {
        void reader.preload();
        void notes.preload();
      },
      { timeout: 4000 },
    );
    return () => cancelIdleCallback(idle);
  }, [ready]);
}
const ImportView = lazy(() => import('../import/ImportView').then((module) => ({ default: module.ImportView })));
const DataView = lazy(() => import('../backup/DataView').then((module) => ({ default: module.DataView })));
const BookmarksView = lazy(() =>
  import('../annotations/BookmarksView').then((module) => ({ default: module.BookmarksView })),
);

/** The app once its services exist: the dataset check, then the routed views. */
export function App(early: EarlyDatasetCheck) {
  const { state, retry } = useDatasetSync(early);
  usePreloadedViews(state.phase === 'ready');
  if (state.phase !== 'ready') return <StartupScreen state={state} onRetry={retry} />;
  return (
    // wouter takes its location hook as a value by design; Router calls it.
    // oxlint-disable-next-line react/rules-of-hooks
    <Router hook={useHashLocation}>
      <ReadingSettingsProvider>
        <GlossaryProvider>
          <SearchProvider>
            <UndoProvider>
              <ImportQueueProvider>
                <Shell>
                  <Suspense fallback={<Loading />}>
                    <Switch>
                      <Route path="/">{() => <LibraryView />}</Route>
                      <Route path="/read/:docId/:blockId?">
                        {(params) => <ReaderView docId={params.docId} blockId={params.blockId ?? null} />}
                      </Route>
                      <Route path="/about/:blockId?">
                        {(params) => <AboutView blockId={params.blockId ?? null} />}
                      </Route>
                      <Route path="/search">{() => <SearchView />}</Route>
                      <Route path="/notes">{() => <NotesView />}</Route>
                      <Route path="/bookmarks">{() => <BookmarksView />}</Route>
                      <Route path="/import">{() => <ImportView />}</Route>
                      <Route path="/data/:action?">{(params) => <DataView action={params.action ?? null} />}</Route>
                      <Route path="/glossary/:entryId?">
                        {(params) => <GlossaryView entryId={params.entryId ?? null} />}
                      </Route>
                      <Route>
                        <NotFound />
                      </Route>
                    </Switch>
                  </Suspense>
                </Shell>
              </ImportQueueProvider>
            </UndoProvider>
          </SearchProvider>
        </GlossaryProvider>
      </ReadingSettingsProvider>
    </Router>
  );
}

/** While a view's code loads (the first time it is opened). */
function Loading() {
  const { t } = useTranslation();
  return <StatusMessage title={t('common.loading')} busy />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <StatusMessage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
    </StatusMessage>
  );
}
