import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useTranslation } from 'react-i18next';
import { AboutView } from '../about/AboutView';
import { StatusMessage } from '../common/StatusMessage';
import { StartupScreen } from '../startup/StartupScreen';
import { useDatasetSync } from '../startup/useDatasetSync';
import { GlossaryProvider } from '../glossary/GlossaryContext';
import { GlossaryView } from '../glossary/GlossaryView';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { SearchProvider } from '../search/SearchContext';
import { SearchView } from '../search/SearchView';
import { Shell } from '../shell/Shell';

/** The app once its services exist: the dataset check, then the routed views. */
export function App() {
  const { state, retry } = useDatasetSync();
  if (state.phase !== 'ready') return <StartupScreen state={state} onRetry={retry} />;
  return (
    // wouter takes its location hook as a value by design; Router calls it.
    // oxlint-disable-next-line react/rules-of-hooks
    <Router hook={useHashLocation}>
      <GlossaryProvider>
        <SearchProvider>
          <Shell>
            <Switch>
              <Route path="/">{() => <LibraryView />}</Route>
              <Route path="/read/:docId/:blockId?">
                {(params) => <ReaderView docId={params.docId} blockId={params.blockId ?? null} />}
              </Route>
              <Route path="/about/:blockId?">{(params) => <AboutView blockId={params.blockId ?? null} />}</Route>
              <Route path="/search">{() => <SearchView />}</Route>
              <Route path="/glossary/:entryId?">{(params) => <GlossaryView entryId={params.entryId ?? null} />}</Route>
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </Shell>
        </SearchProvider>
      </GlossaryProvider>
    </Router>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <StatusMessage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
    </StatusMessage>
  );
}
