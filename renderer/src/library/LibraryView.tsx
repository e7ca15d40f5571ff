import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '@shared/document/vocabulary';
import { useServices } from '../services/context';
import { StatusMessage } from '../common/StatusMessage';
import { useFocusHeading } from '../common/useFocusHeading';
import { useLiveResult } from '../common/useLiveResult';
import { listLibraryDocuments } from '../db/queries';
import { DatasetFreshness } from './DatasetFreshness';
import { DocumentCard } from './DocumentCard';
import { MyDocuments } from './MyDocuments';
import { ContinueReading } from './ContinueReading';
import { ReanchorReportNotice } from '../annotations/ReanchorReportNotice';
import { markAfterPaint, markStartup } from '../startup/marks';
import { takeLibrarySnapshot } from './first-snapshot';

/** Home: every document, grouped by kind. */
export function LibraryView() {
  const { t } = useTranslation();
  const { db } = useServices();
  // On a warm start, the rows the entry chunk already read, shown while the live query starts.
  const [snapshot] = useState(takeLibrarySnapshot);
  const loaded = useLiveResult(
    () => listLibraryDocuments(db).finally(() => markStartup('first-query')),
    [db],
    snapshot ? { value: snapshot } : undefined,
  );
  if (loaded) markAfterPaint('library-painted');
  useFocusHeading(loaded !== undefined, 'library-title');

  if (!loaded) return <StatusMessage title={t('common.loading')} busy />;
  const documents = loaded.value;
  if (documents.length === 0) {
    return (
      <StatusMessage title={t('library.empty.title')}>
        <p>{t('library.empty.body')}</p>
      </StatusMessage>
    );
  }
  return (
    <div className="library" data-testid="library">
      <header className="page-header">
        <h1 id="library-title" tabIndex={-1}>
          {t('library.title')}
        </h1>
        <p className="lede">{t('library.intro', { count: documents.length })}</p>
        <DatasetFreshness documents={documents} />
      </header>
      <ReanchorReportNotice />
      <ContinueReading documents={documents} />
      <div className="library-sections">
        {DOCUMENT_KINDS.map((kind) => {
          const ofKind = documents.filter((document) => document.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} className="library-section" aria-labelledby={`kind-${kind}`}>
              <div className="library-section-head">
                <h2 id={`kind-${kind}`}>{t(`kinds.${kind}.other`)}</h2>
                <span className="library-count">{t('library.count', { count: ofKind.length })}</span>
              </div>
              <ul className="card-list">
                {ofKind.map((document) => (
                  <DocumentCard key={document.id} document={document} />
                ))}
              </ul>
            </section>
          );
        })}
        <MyDocuments />
      </div>
    </div>
  );
}
