import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadingMode } from '@shared/settings/vocabulary';
import { isImportedId } from '@shared/library/vocabulary';
import type { ProvenanceShare } from '@shared/english-edition/provenance';
import { languagesOf } from '../settings/reading-mode';
import { ExternalLink } from '../common/ExternalLink';
import { isSafeWebAddress } from '../common/web-address';
import type { DocumentRow } from '../db/schema';
import { EnglishProvenanceNotice } from './EnglishProvenanceNotice';

type NoticeId = 'translation' | 'title' | 'truncated' | 'singleEdition';

interface Notice {
  readonly id: NoticeId;
  readonly label: string;
  readonly warning: boolean;
}

/**
 * What a reader should know about the text — where its English comes from, a title we added,
 * a source cut short — in one row of short labels under the title, each opening its details
 * on demand, so the first paragraph stays on the first screen. Only a warning is yellow.
 */
export function DocumentNotices({
  document,
  mode,
  provenance,
}: {
  document: DocumentRow;
  mode: ReadingMode;
  provenance: ProvenanceShare | null;
}) {
  const { t } = useTranslation();
  const detailId = useId();
  const [open, setOpen] = useState<NoticeId | null>(null);
  const translation = mode !== 'fr' && document.english && provenance ? provenance : null;
  const notices: Notice[] = [];
  if (translation && isImportedId(document.id)) {
    notices.push({ id: 'translation', label: t('reader.notices.importedEnglish'), warning: false });
  } else if (translation) {
    notices.push({
      id: 'translation',
      label: t(`reader.notices.translation.${translation.provenance}`, {
        published: translation.published,
        total: translation.total,
      }),
      warning: false,
    });
  }
  // A person's own page has only the edition they brought: said once, here.
  const original = document.language ?? 'fr';
  if (!document.english && mode !== original) {
    notices.push({ id: 'singleEdition', label: t(`reader.notices.onlyIn.${original}`), warning: false });
  }
  // A title Repères added (the bundle's editorial work); a person's corrected title is theirs.
  if (document.title.source !== 'page' && !isImportedId(document.id))
    notices.push({ id: 'title', label: t('reader.notices.titleAdded'), warning: false });
  if (document.truncation) notices.push({ id: 'truncated', label: t('reader.notices.truncated'), warning: true });
  const source = document.sourceUrl && isSafeWebAddress(document.sourceUrl) ? document.sourceUrl : null;
  if (notices.length === 0 && !source) return null;

  return (
    <div className="document-notices">
      <ul className="notice-row" aria-label={t('reader.notices.label')}>
        {notices.map((notice) => (
          <li key={notice.id}>
            <button
              type="button"
              className={notice.warning ? 'notice-chip notice-chip-warning' : 'notice-chip'}
              data-notice={notice.id}
              data-provenance={notice.id === 'translation' ? translation?.provenance : undefined}
              aria-expanded={open === notice.id}
              aria-controls={detailId}
              onClick={() => setOpen((current) => (current === notice.id ? null : notice.id))}
            >
              {notice.warning && <span aria-hidden="true">⚠ </span>}
              {notice.label}
            </button>
          </li>
        ))}
        {source && (
          <li className="notice-source">
            <ExternalLink url={source}>{t('reader.notices.source')}</ExternalLink>
          </li>
        )}
      </ul>
      <div id={detailId} className="notice-detail" hidden={open === null}>
        {open === 'translation' && isImportedId(document.id) && (
          <p className="notice">{t('reader.importedEnglishDetail')}</p>
        )}
        {open === 'translation' && translation && document.english && !isImportedId(document.id) && (
          <EnglishProvenanceNotice
            share={translation}
            sources={document.english.publishedSources ?? []}
            paired={languagesOf(mode).length > 1}
          />
        )}
        {open === 'title' && <p className="notice">{t('reader.titleAdded')}</p>}
        {open === 'singleEdition' && <p className="notice">{t(`reader.singleEdition.${original}`)}</p>}
        {open === 'truncated' && <p className="notice notice-warning">{t('reader.truncatedNotice')}</p>}
      </div>
    </div>
  );
}
