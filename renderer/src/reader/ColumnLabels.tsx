import { useTranslation } from 'react-i18next';
import type { ProvenanceShare } from '@shared/english-edition/provenance';

/**
 * Side by side, what each column is — the French original, and whose English — kept in view
 * under the header while the text scrolls, so a reader never has to scroll back to know
 * which column holds IOM's own words.
 */
export function ColumnLabels({ provenance }: { provenance: ProvenanceShare | null }) {
  const { t } = useTranslation();
  const english = provenance?.provenance ?? 'ours';
  return (
    <div className="column-labels" data-testid="column-labels">
      <span lang="fr">
        <strong>{t('reading.modes.fr.short')}</strong> — {t('reader.columns.original')}
      </span>
      <span lang="en">
        <strong>{t('reading.modes.en.short')}</strong> — {t(`reader.columns.english.${english}`)}
      </span>
    </div>
  );
}
