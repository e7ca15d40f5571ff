import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '@shared/document/vocabulary';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import type { DocumentRow } from '../db/schema';

/** Previous and next documents, in library order, titled in the reading language. */
export function DocumentPager({
  previous,
  next,
  language,
}: {
  previous: DocumentRow | null;
  next: DocumentRow | null;
  language: Language;
}) {
  const { t } = useTranslation();
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label={t('reader.documentNavigation')}>
      {previous ? (
        <Link className="pager-link pager-previous" href={documentPath(previous)} rel="prev">
          <span className="pager-direction">{t('reader.previousDocument')}</span>
          <span className="pager-title" lang={titleIn(previous, language).language}>
            {titleIn(previous, language).text}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link className="pager-link pager-next" href={documentPath(next)} rel="next">
          <span className="pager-direction">{t('reader.nextDocument')}</span>
          <span className="pager-title" lang={titleIn(next, language).language}>
            {titleIn(next, language).text}
          </span>
        </Link>
      )}
    </nav>
  );
}
