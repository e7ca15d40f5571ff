import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format/dates';
import { useLanguage } from '../settings/useLanguage';
import type { ReadingMode } from '@shared/settings/vocabulary';
import { languagesOf, leadingLanguage } from '../settings/reading-mode';
import { titleIn } from '../common/documentText';
import type { DocumentRow } from '../db/schema';
import type { ProvenanceShare } from '@shared/english-edition/provenance';
import { useColumnOrder } from '../settings/useColumnOrder';
import { KeepCompounds } from '../common/KeepCompounds';
import { DocumentNotices } from './DocumentNotices';

/**
 * Kind, date and place above the title; one row of notices about the source and the
 * translation below it. Side by side, both titles, in the order of the columns.
 */
export function DocumentHeader({
  document,
  mode,
  provenance,
}: {
  document: DocumentRow;
  mode: ReadingMode;
  provenance: ProvenanceShare | null;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [columnOrder] = useColumnOrder();
  // Side by side, the titles follow the columns: the left column's language first.
  const first = mode === 'both' ? (columnOrder === 'en-fr' ? 'en' : 'fr') : leadingLanguage(mode, language);
  const title = titleIn(document, first);
  const other = languagesOf(mode).length > 1 ? titleIn(document, first === 'fr' ? 'en' : 'fr') : null;
  return (
    <header className="document-header">
      <p className="eyebrow">
        <span>{t(`kinds.${document.kind}.one`)}</span>
        {document.date && (
          <>
            {' '}
            · <time dateTime={document.date.iso}>{formatIsoDate(document.date, language)}</time>
          </>
        )}
        {!document.date && (
          <>
            {' '}
            · <span>{t('document.undated')}</span>
          </>
        )}
        {document.place && (
          <>
            {' '}
            · <span>{document.place[language]}</span>
          </>
        )}
      </p>
      <h1 id="document-title" tabIndex={-1} lang={title.language}>
        <KeepCompounds text={title.text} />
      </h1>
      {other && other.text !== title.text && (
        <p className="subtitle" lang={other.language}>
          {other.text}
        </p>
      )}
      <DocumentNotices key={document.id} document={document} mode={mode} provenance={provenance} />
    </header>
  );
}
