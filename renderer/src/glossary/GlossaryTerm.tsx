import { useId } from 'react';
import type { Language } from '@shared/document/vocabulary';
import type { GlossaryRow } from '../db/schema';

/**
 * An acronym or named body in the text: a link to its glossary entry that shows its
 * expansion, in the reading language, on hover and on keyboard focus (an accessible
 * tooltip, dismissed with Escape).
 */
export function GlossaryTerm({ term, entry, language }: { term: string; entry: GlossaryRow; language: Language }) {
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
        {term}
      </a>
      <span role="tooltip" id={tooltipId} className="term-tip" lang={language}>
        <span className="term-tip-expansion">{entry.expansion[language]}</span>
        <span className="term-tip-definition">{entry.definition[language]}</span>
      </span>
    </span>
  );
}
