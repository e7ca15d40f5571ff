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
        <PagerLink document={previous} direction="previous" label={t('reader.previousDocument')} language={language} />
      ) : (
        <span />
      )}
      {next && <PagerLink document={next} direction="next" label={t('reader.nextDocument')} language={language} />}
    </nav>
  );
}

function PagerLink({
  document,
  direction,
  label,
  language,
}: {
  document: DocumentRow;
  direction: 'previous' | 'next';
  label: string;
  language: Language;
}) {
  const title = titleIn(document, language);
  return (
    <Link
      className={`pager-link pager-${direction}`}
      href={documentPath(document)}
      rel={direction === 'previous' ? 'prev' : 'next'}
    >
      <span className="pager-direction">{label}</span>
      <span className="pager-title" lang={title.language}>
        {title.text}
      </span>
    </Link>
  );
}
