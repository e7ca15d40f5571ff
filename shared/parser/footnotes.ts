/** A paragraph that is a footnote: `*Les participants comprenaient…`. */
export const FOOTNOTE_LINE = /^(\*{1,2}|†)\s*(\S.*)$/u;

// A marker glued to the word it annotates: `participants*`, then a space or punctuation.
const FOOTNOTE_MARKER = /(?<=[\p{L}\p{N})])(\*{1,2}|†)(?=[\s.,;:!?)]|$)/gu;

/** A footnote marker found in a text, with where it stands (UTF-16 offsets). */
export interface FootnoteMarkerMatch {
  marker: string;
  start: number;
  end: number;
}

/** Every footnote marker of a text, in reading order, repeats included. */
export function findFootnoteMarkers(text: string): FootnoteMarkerMatch[] {
  return [...text.matchAll(FOOTNOTE_MARKER)].map((match) => ({
    marker: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The footnote markers a paragraph carries, each once, in order. */
export function footnoteMarkersIn(text: string): string[] {
  return [...new Set(findFootnoteMarkers(text).map((match) => match.marker))];
}
