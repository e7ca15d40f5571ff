import { useTranslation } from 'react-i18next';
import { ABOUT_DOCUMENT_ID } from '@shared/document/vocabulary';
import { ReaderView } from '../reader/ReaderView';
import { useServices } from '../services/context';

/** The organisation blurb and structure that every IOM page repeats, kept once. */
export function AboutView({ blockId }: { blockId: string | null }) {
  const { t } = useTranslation();
  const { api } = useServices();
  return (
    <ReaderView
      docId={ABOUT_DOCUMENT_ID}
      blockId={blockId}
      header={
        <header className="document-header">
          <p className="eyebrow">{t('about.eyebrow')}</p>
          <h1 id="document-title" tabIndex={-1}>
            {t('about.title')}
          </h1>
          <p className="lede">{t('about.intro')}</p>
          <p className="about-log">
            {t('about.log.text')}{' '}
            <button type="button" onClick={() => void api.appRevealLogFolder()}>
              {t('about.log.reveal')}
            </button>
          </p>
        </header>
      }
    />
  );
}
