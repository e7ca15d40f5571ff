import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/format/dates';
import { useLanguage } from '../settings/useLanguage';
import type { SyncFailure } from '../db/sync';
import type { SyncState } from './useDatasetSync';

/** What shows before the library is ready: the check, the first-run ingest, or why it failed. */
export function StartupScreen({
  state,
  onRetry,
}: {
  state: Exclude<SyncState, { phase: 'ready' }>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (state.phase === 'failed') {
    return (
      <main className="startup" id="main">
        <div className="startup-panel" role="alert">
          <FailureText failure={state.failure} />
          <details className="technical-detail">
            <summary>{t('startup.technicalDetail')}</summary>
            <code>{state.failure.detail}</code>
          </details>
          <button type="button" className="button primary" onClick={onRetry}>
            {t('startup.retry')}
          </button>
        </div>
      </main>
    );
  }
  // A warm start only compares versions, in a few milliseconds: nothing to show but the page.
  if (state.phase === 'checking') return <main className="startup" id="main" aria-busy="true" />;
  const { progress } = state;
  return (
    <main className="startup" id="main" aria-busy="true">
      <div className="startup-panel">
        <p className="brand-mark" aria-hidden="true">
          {t('app.name')}
        </p>
        <h1 id="startup-title">{t('startup.ingesting')}</h1>
        <progress
          className="startup-progress"
          aria-labelledby="startup-title"
          data-testid="ingest-progress"
          max={progress.total}
          value={progress.done}
        />
        <p className="startup-count" aria-live="polite">
          {t('startup.progress', {
            done: formatNumber(progress.done, language),
            total: formatNumber(progress.total, language),
          })}
        </p>
      </div>
    </main>
  );
}

/** The message for a failure: the dataset, or which storage fault. */
function FailureText({ failure }: { failure: SyncFailure }) {
  const { t } = useTranslation();
  const [title, body] =
    failure.kind === 'dataset'
      ? [t('startup.datasetFailed.title'), t('startup.datasetFailed.body')]
      : failure.fault === 'newer-database'
        ? [t('startup.newerDatabase.title'), t('startup.newerDatabase.body')]
        : failure.fault === 'blocked'
          ? [t('startup.upgradeBlocked.title'), t('startup.upgradeBlocked.body')]
          : [t('startup.storageFailed.title'), t('startup.storageFailed.body')];
  return (
    <>
      <h1>{title}</h1>
      <p>{body}</p>
    </>
  );
}
