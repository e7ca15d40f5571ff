/** A paragraph that is a footnote: `*Les participants comprenaient…`. */
export const FOOTNOTE_LINE = /^(\*{1,2}|†)\s*(\S.*)$/u;

// A marker glued to the word it annotates: `participants*`, then a space or punctuation.
const FOOTNOTE_MARKER = /(?<=[\p{L}\p{N})])(\*{1,2}|†)(?=[\s.,;:!?)]|$)/gu;

/** The footnote markers a paragraph carries, each once, in order. */
export function footnoteMarkersIn(text: string): string[] {
  return [...new Set([...text.matchAll(FOOTNOTE_MARKER)].map((match) => match[1] ?? '*'))];
}

export type FootnoteSegment = { type: 'text'; value: string } | { type: 'marker'; marker: string };

/** Cuts a text at its footnote markers, for rendering them as links. */
export function segmentFootnoteMarkers(text: string): FootnoteSegment[] {
  const segments: FootnoteSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(FOOTNOTE_MARKER)) {
    if (match.index > cursor) segments.push({ type: 'text', value: text.slice(cursor, match.index) });
    segments.push({ type: 'marker', marker: match[1] ?? '*' });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) segments.push({ type: 'text', value: text.slice(cursor) });
  return segments;
}
