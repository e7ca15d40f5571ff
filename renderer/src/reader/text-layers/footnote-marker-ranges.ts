import { findFootnoteMarkers } from '@shared/parser/footnotes';
import type { TextRange } from '@shared/text/ranges';

/** A footnote marker (`*`, `**`, `†`) that links to its footnote. */
export type FootnoteMarkerRange = TextRange<'footnote-marker', { marker: string; href: string }>;

/**
 * The footnote markers of a text that have a footnote to link to (`*` → `#/read/doc/f-…`).
 * A marker with none stays plain text, as the source wrote it.
 */
export function footnoteMarkerRanges(
  text: string,
  hrefs: ReadonlyMap<string, string> | undefined,
): FootnoteMarkerRange[] {
  if (!hrefs || hrefs.size === 0) return [];
  return findFootnoteMarkers(text).flatMap(({ marker, start, end }) => {
    const href = hrefs.get(marker);
    return href === undefined ? [] : [{ layer: 'footnote-marker', start, end, data: { marker, href } }];
  });
}
