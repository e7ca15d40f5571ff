import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { segmentContacts } from '@shared/parser/contacts';
import { segmentFootnoteMarkers } from '@shared/parser/footnotes';
import { CopyButton } from '../common/CopyButton';
import { ExternalLink } from '../common/ExternalLink';
import { isSafeWebAddress } from '../common/web-address';
import { useGlossary } from '../glossary/GlossaryContext';
import { GlossaryTerm } from '../glossary/GlossaryTerm';

export interface InlineTextProps {
  text: string;
  language: Language;
  /** Where each footnote marker of this text points (`*` → `#/read/doc/f-…`). */
  footnoteHrefs?: ReadonlyMap<string, string>;
}

/**
 * A block's text with its web addresses as links to the browser, e-mail addresses and
 * phone numbers copyable, footnote markers linked to their footnote, and glossary terms
 * explained in the reading language.
 */
export function InlineText({ text, language, footnoteHrefs }: InlineTextProps) {
  const { t } = useTranslation();
  return segmentContacts(text).map((segment, index) => {
    if (segment.type === 'text') {
      return (
        <Fragment key={index}>
          <WithMarkersAndTerms text={segment.value} language={language} hrefs={footnoteHrefs} />
        </Fragment>
      );
    }
    if (segment.type === 'url' && isSafeWebAddress(segment.value)) {
      return (
        <ExternalLink key={index} url={segment.value}>
          {segment.value}
        </ExternalLink>
      );
    }
    return (
      <span key={index} className={`contact-point contact-${segment.type}`}>
        {segment.value}
        <CopyButton value={segment.value} label={t(`reader.copy.${segment.type}`, { value: segment.value })} />
      </span>
    );
  });
}

function WithMarkersAndTerms({
  text,
  language,
  hrefs,
}: {
  text: string;
  language: Language;
  hrefs: ReadonlyMap<string, string> | undefined;
}) {
  const { t } = useTranslation();
  return segmentFootnoteMarkers(text).map((segment, index) => {
    if (segment.type === 'text')
      return (
        <Fragment key={index}>
          <WithTerms text={segment.value} language={language} />
        </Fragment>
      );
    const href = hrefs?.get(segment.marker);
    if (href === undefined) return <Fragment key={index}>{segment.marker}</Fragment>;
    return (
      <sup key={index} className="footnote-ref">
        <a href={href} aria-label={t('reader.footnoteRef', { marker: segment.marker })}>
          {segment.marker}
        </a>
      </sup>
    );
  });
}

function WithTerms({ text, language }: { text: string; language: Language }) {
  const { entries, matchers } = useGlossary();
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const match of matchers[language](text)) {
    const entry = entries.get(match.entryId);
    if (!entry) continue;
    if (match.start > cursor) parts.push(text.slice(cursor, match.start));
    parts.push(<GlossaryTerm key={match.start} term={match.term} entry={entry} language={language} />);
    cursor = match.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
