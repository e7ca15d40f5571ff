import { useId, type ReactNode } from 'react';
import type { Language } from '@shared/document/vocabulary';
import type { GlossaryRow } from '../db/schema';

/**
 * An acronym or named body in the text: a link to its glossary entry that shows its
 * expansion, in the reading language, on hover and on keyboard focus (an accessible
 * tooltip, dismissed with Escape).
 */
export function GlossaryTerm({
  entry,
  language,
  children,
}: {
  entry: GlossaryRow;
  language: Language;
  /** The term as the text writes it, with whatever is drawn over it (highlights, search hits). */
  children: ReactNode;
}) {
  const tooltipId = useId();
  return (
    <span className="term-wrap">
      <a
        className="term"
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
        <span className="term-tip-definition">{entry.definition[language]}</span>
      </span>
    </span>
  );
}
