import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { cutOnWord } from '@shared/document/excerpt';
import { formatIsoDate } from '@shared/format/dates';
import { useLanguage } from '../settings/useLanguage';
import { leadingLanguage } from '../settings/reading-mode';
import { useReadingMode } from '../settings/useReadingMode';
import { documentPath } from '../common/document-path';
import { KeepCompounds } from '../common/KeepCompounds';
import { excerptIn, titleIn } from '../common/documentText';
import type { DocumentRow } from '../db/schema';

/** About two lines of a card: the excerpt is cut on a word here, not mid-word by the box. */
const CARD_EXCERPT_LENGTH = 150;

/**
 * One document in the library: title (the link), date and place, what to know before reading
 * (an incomplete source, where the English comes from), and its first lines in the reading language.
 */
export function DocumentCard({ document, actions }: { document: DocumentRow; actions?: ReactNode }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [mode] = useReadingMode();
  const title = titleIn(document, leadingLanguage(mode, language));
  const excerpt = excerptIn(document, leadingLanguage(mode, language));
  // Where the English comes from matters only when English is read.
  const showsEnglish = mode !== 'fr' && document.english !== null && document.english !== undefined;
  // A person's English page has no French to show: say so before they open it.
  const englishOriginal = document.language === 'en' && !document.english;
  return (
    <li className="card" data-document-id={document.id}>
      <h3 className="card-title">
        <Link href={documentPath(document)} className="card-link" lang={title.language}>
          <KeepCompounds text={title.text} />
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
      {(document.truncation || showsEnglish || englishOriginal) && (
        <p className="card-badges">
          {document.truncation && <span className="badge badge-warning">⚠ {t('library.badges.truncated')}</span>}
          {englishOriginal && <span className="badge">{t('library.badges.englishOnly')}</span>}
          {showsEnglish && (
            <span className="badge">
              {t(
                (document.english?.publishedSources?.length ?? 0) > 0
                  ? 'library.badges.published'
                  : 'library.badges.ours',
              )}
            </span>
          )}
        </p>
      )}
      <p className="card-excerpt" lang={excerpt.language}>
        {cutOnWord(excerpt.text, CARD_EXCERPT_LENGTH)}
      </p>
      {actions && <div className="card-actions">{actions}</div>}
    </li>
  );
}
