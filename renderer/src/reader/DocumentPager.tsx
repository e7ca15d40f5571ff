import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DocumentRow } from '../db/schema';

/** Previous and next documents, in library order. */
export function DocumentPager({ previous, next }: { previous: DocumentRow | null; next: DocumentRow | null }) {
  const { t } = useTranslation();
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label={t('reader.documentNavigation')}>
      {previous ? (
        <Link className="pager-link pager-previous" href={`/read/${previous.id}`} rel="prev">
          <span className="pager-direction">{t('reader.previousDocument')}</span>
          <span className="pager-title">{previous.title.text}</span>
        </Link>
      ) : <span />}
      {next && (
        <Link className="pager-link pager-next" href={`/read/${next.id}`} rel="next">
          <span className="pager-direction">{t('reader.nextDocument')}</span>
          <span className="pager-title">{next.title.text}</span>
        </Link>
      )}
    </nav>
  );
}
