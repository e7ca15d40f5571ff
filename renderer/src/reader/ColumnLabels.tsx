import { useTranslation } from 'react-i18next';
import type { ProvenanceShare } from '@shared/english-edition/provenance';
import { useColumnOrder } from '../settings/useColumnOrder';

/**
 * Side by side, what each column is — the French original, and whose English — kept in view
 * under the header while the text scrolls, so a reader never has to scroll back to know
 * which column holds IOM's own words.
 */
export function ColumnLabels({ provenance, imported }: { provenance: ProvenanceShare | null; imported: boolean }) {
  const { t } = useTranslation();
  const [order, setOrder] = useColumnOrder();
  // A person's paired imports: both columns are the pages they brought.
  const english = imported ? 'imported' : (provenance?.provenance ?? 'ours');
  return (
    <div className="column-labels" data-testid="column-labels">
      <button
        type="button"
        className="icon-button swap-columns"
        aria-pressed={order === 'en-fr'}
        aria-label={t('reader.columns.swap')}
        title={t('reader.columns.swap')}
        onClick={() => setOrder(order === 'fr-en' ? 'en-fr' : 'fr-en')}
      >
        <span aria-hidden="true">⇄</span>
      </button>
      <span lang="fr">
        <strong>{t('reading.modes.fr.short')}</strong> — {t('reader.columns.original')}
      </span>
      <span lang="en">
        <strong>{t('reading.modes.en.short')}</strong> — {t(`reader.columns.english.${english}`)}
      </span>
    </div>
  );
}
