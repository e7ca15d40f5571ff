/**
 * Where a person is in a document, from what the window shows: pure arithmetic over the
 * tops of headings and passages (measured by the caller), so that it is tested apart.
 */

export interface Measured {
  id: string;
  /** The element's top, relative to the viewport. */
  top: number;
}

/**
 * The section being read: the last heading at or above the reading line (a little below the
 * header). At the very end of the document, the last heading whose top is on screen.
 */
export function sectionAt(
  headings: readonly Measured[],
  readingLine: number,
  atEnd: boolean,
  viewportHeight: number,
): string | null {
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.top <= readingLine || (atEnd && heading.top < viewportHeight)) current = heading.id;
    else break;
  }
  return current;
}

/** The first passage whose top is at or below the reading line (the one a person reads first). */
export function firstPassageInView(passages: readonly Measured[], readingLine: number): string | null {
  for (const passage of passages) if (passage.top >= readingLine - 4) return passage.id;
  return passages.at(-1)?.id ?? null;
}

/** How far through the page the window is, from 0 (top) to 1 (bottom). */
export function scrollProgress(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const room = scrollHeight - viewportHeight;
  if (room <= 0) return 1;
  return Math.min(Math.max(scrollTop / room, 0), 1);
}
