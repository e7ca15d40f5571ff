import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import { forgetReadingPlace, getRecentReading } from '../db/reading-queries';
import type { DocumentRow } from '../db/schema';
import { useServices } from '../services/context';
import { leadingLanguage } from '../settings/reading-mode';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';

/** How many of the remembered places the library offers. */
const SHOWN = 3;

/**
 * "Continue reading": the documents a person read last, each opening where they stopped
 * (the first passage that was in view), with how far through it they were.
 */
export function ContinueReading({ documents }: { documents: readonly DocumentRow[] }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [language] = useLanguage();
  const [mode] = useReadingMode();
  const places = useLiveQuery(() => getRecentReading(db), [db]);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const shown = (places ?? [])
    .flatMap((place) => {
      const document = byId.get(place.docId);
      return document ? [{ place, document }] : [];
    })
    .slice(0, SHOWN);
  if (shown.length === 0) return null;
  return (
    <section className="continue-reading" aria-labelledby="continue-reading-title">
      <h2 id="continue-reading-title">{t('library.continue.title')}</h2>
      <ul>
        {shown.map(({ place, document }) => {
          const title = titleIn(document, leadingLanguage(mode, language));
          const percent = Math.round(place.progress * 100);
          return (
            <li key={document.id} data-document-id={document.id}>
              <Link href={documentPath(document, place.blockId)} lang={title.language}>
                {title.text}
              </Link>
              <span className="continue-progress" aria-hidden="true">
                <span style={{ width: `${percent}%` }} />
              </span>
              <span className="continue-percent">{t('library.continue.progress', { percent })}</span>
              <button
                type="button"
                className="icon-button"
                onClick={() => void forgetReadingPlace(db, document.id).catch(() => undefined)}
                aria-label={t('library.continue.forget', { title: title.text })}
                title={t('library.continue.forget', { title: title.text })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
