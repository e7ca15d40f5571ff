import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentContacts } from '../../../shared/parser/contacts';
import { segmentFootnoteMarkers } from '../../../shared/parser/footnotes';
import { isSafeWebAddress } from '../common/web-address';
import { CopyButton } from '../common/CopyButton';
import { ExternalLink } from '../common/ExternalLink';

export interface InlineTextProps {
  text: string;
  /** Where each footnote marker of this text points (`*` → `#/read/doc/f-…`). */
  footnoteHrefs?: ReadonlyMap<string, string>;
}

/**
 * A block's text with its web addresses as links to the browser, e-mail addresses and
 * phone numbers copyable, and footnote markers linked to their footnote.
 */
export function InlineText({ text, footnoteHrefs }: InlineTextProps) {
  const { t } = useTranslation();
  return segmentContacts(text).map((segment, index) => {
    if (segment.type === 'text') {
      return <Fragment key={index}>{footnoteHrefs?.size ? <WithFootnoteMarkers text={segment.value} hrefs={footnoteHrefs} /> : segment.value}</Fragment>;
    }
    if (segment.type === 'url' && isSafeWebAddress(segment.value)) {
      return <ExternalLink key={index} url={segment.value}>{segment.value}</ExternalLink>;
    }
    return (
      <span key={index} className={`contact-point contact-${segment.type}`}>
        {segment.value}
        <CopyButton value={segment.value} label={t(`reader.copy.${segment.type}`, { value: segment.value })} />
      </span>
    );
  });
}

function WithFootnoteMarkers({ text, hrefs }: { text: string; hrefs: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  return segmentFootnoteMarkers(text).map((segment, index) => {
    const href = segment.type === 'marker' ? hrefs.get(segment.marker) : undefined;
    if (segment.type === 'text' || href === undefined) {
      return <Fragment key={index}>{segment.type === 'text' ? segment.value : segment.marker}</Fragment>;
    }
    return (
      <sup key={index} className="footnote-ref">
        <a href={href} aria-label={t('reader.footnoteRef', { marker: segment.marker })}>{segment.marker}</a>
      </sup>
    );
  });
}
