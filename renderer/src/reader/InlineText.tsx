import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { groupByAtomic, type SegmentGroup } from '@shared/text/ranges';
import { CopyButton } from '../common/CopyButton';
import { ExternalLink } from '../common/ExternalLink';
import { isSafeWebAddress } from '../common/web-address';
import { useGlossary } from '../glossary/GlossaryContext';
import { GlossaryTerm } from '../glossary/GlossaryTerm';
import { useSearchTerms } from '../search/SearchHighlightScope';
import { searchHitRanges } from './text-layers/search-hit-ranges';
import {
  inlineSegments,
  type DecorationRange,
  type InlineAtomicRange,
  type InlineSegment,
} from './text-layers/inline-segments';

export interface InlineTextProps {
  text: string;
  language: Language;
  /** Where each footnote marker of this text points (`*` → `#/read/doc/f-…`). */
  footnoteHrefs?: ReadonlyMap<string, string>;
  /** Ranges drawn over the text as `<mark data-layer=…>` (highlights, search hits), across links too. */
  decorations?: readonly DecorationRange[];
  /**
   * The glossary entries first mentioned in their section here: only their first mention is
   * marked, the others stay quiet until hovered or focused. Absent, every term is marked.
   */
  firstMentions?: ReadonlySet<string> | null;
}

/**
 * A block's text with its web addresses as links to the browser, e-mail addresses and
 * phone numbers copyable, footnote markers linked to their footnote, and glossary terms
 * explained in the reading language. Which range wins where they overlap is decided by
 * `inlineSegments`; this component only renders its segments.
 */
export function InlineText({ text, language, footnoteHrefs, decorations = [], firstMentions = null }: InlineTextProps) {
  const { entries, matchers } = useGlossary();
  const searchTerms = useSearchTerms();
  const segments = inlineSegments(text, {
    footnoteHrefs,
    matchTerms: matchers[language],
    glossaryEntries: entries,
    decorations: [...decorations, ...searchHitRanges(text, language, searchTerms)],
  });
  const marked = new Set<string>();
  return groupByAtomic(segments).map((group) => {
    let quiet = false;
    if (firstMentions !== null && group.atomic?.layer === 'glossary-term') {
      const { id } = group.atomic.data.entry;
      quiet = !firstMentions.has(id) || marked.has(id);
      marked.add(id);
    }
    return <InlineGroup key={group.start} group={group} language={language} quiet={quiet} />;
  });
}

function InlineGroup({
  group,
  language,
  quiet,
}: {
  group: SegmentGroup<InlineAtomicRange, DecorationRange>;
  language: Language;
  /** A glossary term mentioned before in its section: not marked until hovered or focused. */
  quiet: boolean;
}) {
  const { t } = useTranslation();
  const content = <Marked segments={group.segments} />;
  const range = group.atomic;
  if (range === null) return content;
  switch (range.layer) {
    case 'contact': {
      const { type, value } = range.data;
      if (type === 'url' && isSafeWebAddress(value)) return <ExternalLink url={value}>{content}</ExternalLink>;
      return (
        <span className={`contact-point contact-${type}`}>
          {content}
          <CopyButton value={value} label={t(`reader.copy.${type}`, { value })} />
        </span>
      );
    }
    case 'footnote-marker':
      return (
        <sup className="footnote-ref">
          <a href={range.data.href} aria-label={t('reader.footnoteRef', { marker: range.data.marker })}>
            {content}
          </a>
        </sup>
      );
    case 'glossary-term':
      return (
        <GlossaryTerm entry={range.data.entry} language={language} quiet={quiet}>
          {content}
        </GlossaryTerm>
      );
  }
}

/** Segments as text, each wrapped in the marks of the decorations covering it, outermost first. */
function Marked({ segments }: { segments: readonly InlineSegment[] }) {
  return segments.map((segment) => (
    <Fragment key={segment.start}>
      {segment.decorations.reduceRight<ReactNode>(
        (inner, decoration) => (
          <mark data-layer={decoration.layer} data-colour={colourOf(decoration)}>
            {inner}
          </mark>
        ),
        segment.text,
      )}
    </Fragment>
  ));
}

/** A highlight's colour, for its mark's style; other layers have none. */
function colourOf(decoration: DecorationRange): string | undefined {
  const data = decoration.data as { colour?: unknown } | null;
  return typeof data?.colour === 'string' ? data.colour : undefined;
}
