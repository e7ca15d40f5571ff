import { useTranslation } from 'react-i18next';
import type { PassageKind, PassageText } from '@shared/document/passages';
import { originOf } from '@shared/english-edition/provenance';

/**
 * Where one passage's English comes from: IOM's published text or our translation. Side by
 * side it sits in the English half and shows when the pair is hovered or focused (`j`/`k`
 * focus passages); it is in the text all along, so a screen reader reads it after the
 * passage. A quotation in our translation is marked in every English reading, visibly: those
 * are the words people repeat, and they are not the speaker's.
 */
export function PassageProvenance({ text, kind, paired }: { text: PassageText; kind: PassageKind; paired: boolean }) {
  const { t } = useTranslation();
  if (text.language !== 'en' || text.untranslated || !text.english) return null;
  const origin = originOf(text.english);
  const translatedQuotation = kind === 'quote' && origin === 'ours';
  if (!paired && !translatedQuotation) return null;
  const label = translatedQuotation
    ? t('reader.provenance.passage.translatedQuotation')
    : origin === 'published'
      ? t('reader.provenance.passage.published')
      : t('reader.provenance.passage.ours');
  return (
    <span
      className={`provenance provenance-${origin}${translatedQuotation ? ' provenance-pinned' : ''}`}
      data-origin={origin}
      // A heading's name is its text: the document notice already says where headings come from.
      aria-hidden={kind === 'heading' ? true : undefined}
    >
      {label}
    </span>
  );
}
