import type { TermMatcher } from '@shared/glossary/match';
import { resolveRanges, type TextRange, type TextSegment } from '@shared/text/ranges';
import type { GlossaryRow } from '../../db/schema';
import { contactRanges, type ContactRange } from './contact-ranges';
import { footnoteMarkerRanges, type FootnoteMarkerRange } from './footnote-marker-ranges';
import { glossaryTermRanges, type GlossaryTermRange } from './glossary-term-ranges';

/** The ranges of a passage that become one interactive element each. */
export type InlineAtomicRange = ContactRange | FootnoteMarkerRange | GlossaryTermRange;

/**
 * A range drawn over a passage as a mark (a highlight, a search hit), whatever it crosses.
 * Its layer names it in the page (`<mark data-layer="highlight">`).
 */
export type DecorationRange = TextRange<string, unknown>;

export type InlineSegment = TextSegment<InlineAtomicRange, DecorationRange>;

export interface InlineSources {
  /** Where each footnote marker of the text points, if it has a footnote. */
  footnoteHrefs?: ReadonlyMap<string, string> | undefined;
  /** The glossary's term matcher for the text's language, and its entries. */
  matchTerms: TermMatcher;
  glossaryEntries: ReadonlyMap<string, GlossaryRow>;
  decorations?: readonly DecorationRange[] | undefined;
}

/**
 * A passage cut into the segments the reader renders. Where atomic ranges overlap, a contact
 * point wins over a footnote marker, and a footnote marker over a glossary term: a web address
 * stays whole even when it contains an acronym.
 */
export function inlineSegments(text: string, sources: InlineSources): InlineSegment[] {
  return resolveRanges<InlineAtomicRange, DecorationRange>(text, {
    atomic: [
      contactRanges(text),
      footnoteMarkerRanges(text, sources.footnoteHrefs),
      glossaryTermRanges(sources.matchTerms(text), sources.glossaryEntries),
    ],
    decorations: sources.decorations ?? [],
  });
}
