import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { headword } from '../glossary/glossary-list';
import { useGlossary } from '../glossary/GlossaryContext';
import { useMentionedEntries } from './FirstMentions';

/**
 * On paper a term cannot be hovered: a printed copy (or PDF) ends with the acronyms and bodies
 * the document mentions, each with its expansion, in the order they first appear. Not shown
 * on screen, where each term explains itself.
 */
export function PrintedGlossary({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { entries } = useGlossary();
  const mentioned = useMentionedEntries()
    .map((id) => entries.get(id))
    .filter((entry) => entry !== undefined);
  if (mentioned.length === 0) return null;
  return (
    <section className="print-only printed-glossary">
      <h2>{t('print.glossaryTitle')}</h2>
      <dl lang={language}>
        {mentioned.map((entry) => (
          <div key={entry.id}>
            <dt>{headword(entry, language)}</dt>
            <dd>{entry.expansion[language]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
