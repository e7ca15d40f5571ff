import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatIsoDate } from '../../../shared/format/dates';
import { useLanguage } from '../app/useLanguage';
import type { DocumentRow } from '../db/schema';

/** One document in the library: title (the link), date and place, first lines. */
export function DocumentCard({ document }: { document: DocumentRow }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <li className="card" data-document-id={document.id}>
      <h3 className="card-title">
        <Link href={`/read/${document.id}`} className="card-link">{document.title.text}</Link>
      </h3>
      <p className="card-meta">
        {document.date ? <time dateTime={document.date.iso}>{formatIsoDate(document.date, language)}</time> : <span>{t('document.undated')}</span>}
        {document.place && <> · <span>{document.place[language]}</span></>}
      </p>
      <p className="card-excerpt" lang={document.language ?? undefined}>{document.excerpt}</p>
    </li>
  );
}
