import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format/dates';
import type { DocumentRow } from '../db/schema';
import { useDatasetVersion } from '../common/useDatasetVersion';
import { useLanguage } from '../settings/useLanguage';
import { latestDated } from './latest-dated';

/**
 * How current the bundled content is: the date of its most recent page and the dataset's
 * version, which is also what a citation and a PDF footer name.
 */
export function DatasetFreshness({ documents }: { documents: readonly DocumentRow[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const version = useDatasetVersion();
  const latest = latestDated(documents);
  if (!version || !latest?.date) return null;
  return (
    <p className="library-freshness">
      {t('library.freshness', { date: formatIsoDate(latest.date, language), version: version.slice(0, 8) })}
    </p>
  );
}
