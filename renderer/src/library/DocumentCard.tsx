import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatIsoDate } from '@shared/format/dates';
import { useLanguage } from '../settings/useLanguage';
import { leadingLanguage } from '../settings/reading-mode';
import { useReadingMode } from '../settings/useReadingMode';
import { documentPath } from '../common/document-path';
import { excerptIn, titleIn } from '../common/documentText';
import type { DocumentRow } from '../db/schema';

/** One document in the library: title (the link) and first lines in the reading language, date and place. */
export function DocumentCard({ document }: { document: DocumentRow }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [mode] = useReadingMode();
  const title = titleIn(document, leadingLanguage(mode, language));
  const excerpt = excerptIn(document, leadingLanguage(mode, language));
  return (
    <li className="card" data-document-id={document.id}>
      <h3 className="card-title">
        <Link href={documentPath(document)} className="card-link" lang={title.language}>
          {title.text}
        </Link>
      </h3>
      <p className="card-meta">
        {document.date ? (
          <time dateTime={document.date.iso}>{formatIsoDate(document.date, language)}</time>
        ) : (
          <span>{t('document.undated')}</span>
        )}
        {document.place && (
          <>
            {' '}
            · <span>{document.place[language]}</span>
          </>
        )}
      </p>
      <p className="card-excerpt" lang={excerpt.language}>
        {excerpt.text}
      </p>
    </li>
  );
}
