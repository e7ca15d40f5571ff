import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../../shared/format/dates';
import { useLanguage } from '../app/useLanguage';
import { ExternalLink } from '../common/ExternalLink';
import { isSafeWebAddress } from '../common/web-address';
import type { DocumentRow } from '../db/schema';

/** Kind, date and place above the title; notices about the source below it. */
export function DocumentHeader({ document }: { document: DocumentRow }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <header className="document-header">
      <p className="eyebrow">
        <span>{t(`kinds.${document.kind}.one`)}</span>
        {document.date && <> · <time dateTime={document.date.iso}>{formatIsoDate(document.date, language)}</time></>}
        {!document.date && <> · <span>{t('document.undated')}</span></>}
        {document.place && <> · <span>{document.place[language]}</span></>}
      </p>
      <h1 id="document-title" tabIndex={-1}>{document.title.text}</h1>
      {document.title.source !== 'page' && <p className="notice">{t('reader.titleAdded')}</p>}
      {document.truncation && <p className="notice notice-warning">{t('reader.truncatedNotice')}</p>}
      {document.sourceUrl && isSafeWebAddress(document.sourceUrl) && (
        <p className="source-link">
          <ExternalLink url={document.sourceUrl}>{t('reader.openSource')}</ExternalLink>
        </p>
      )}
    </header>
  );
}
