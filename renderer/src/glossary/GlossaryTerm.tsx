import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import type { GlossaryRow } from '../db/schema';
import { headword, sameWords } from './glossary-list';

/**
 * An acronym or named body in the text: a link to its glossary entry that shows its
 * expansion, in the reading language, on hover and on keyboard focus (an accessible
 * tooltip, dismissed with Escape), with its name in the other language and a word on where
 * the link leads. The tooltip is anchored to the term and flips to stay inside the window.
 */
export function GlossaryTerm({
  entry,
  language,
  quiet = false,
  children,
}: {
  entry: GlossaryRow;
  language: Language;
  /** Mentioned before in its section: the dotted mark shows only on hover and focus. */
  quiet?: boolean;
  /** The term as the text writes it, with whatever is drawn over it (highlights, search hits). */
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const tooltipId = useId();
  const other: Language = language === 'fr' ? 'en' : 'fr';
  const otherName = sameWords(headword(entry, other), entry.expansion[other])
    ? entry.expansion[other]
    : `${headword(entry, other)} — ${entry.expansion[other]}`;
  return (
    <span className="term-wrap">
      <a
        className={quiet ? 'term term-quiet' : 'term'}
        href={`#/glossary/${entry.id}`}
        aria-describedby={tooltipId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
      >
        {children}
      </a>
      <span role="tooltip" id={tooltipId} className="term-tip" lang={language}>
        <span className="term-tip-expansion">{entry.expansion[language]}</span>
        {!sameWords(entry.expansion[other], entry.expansion[language]) && (
          <span className="term-tip-other" lang={other}>
            {otherName}
          </span>
        )}
        <span className="term-tip-definition">{entry.definition[language]}</span>
        <span className="term-tip-hint" lang={i18n.language}>
          {t('glossary.tooltipHint')}
        </span>
      </span>
    </span>
  );
}
