import type { AnnotationAnchor } from './anchor';

/** Where a note's words lie in a passage's text: `start` included, `end` not (UTF-16 units). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The passage a note belongs to: its list item, else its block; `null` for a note on a whole
 * document. The reader, the margin and the Notes view key notes by it.
 */
export const notePassageId = (anchor: Pick<AnnotationAnchor, 'target'>): string | null =>
  anchor.target.itemId ?? anchor.target.blockId;

/**
 * Where a note's quote is drawn in the text it was made on, as the reader shows it now: at its
 * recorded position when the quote is still there, else at the occurrence of the quote nearest
 * to it (the text was re-flowed, or a glossary change moved nothing but offsets); `null` when
 * the quote is empty (a note on the whole passage) or no longer in the text, so nothing wrong is
 * ever highlighted. Finding words that changed is re-anchoring's job, at ingest. Pure.
 */
export function locateQuote(text: string, anchor: Pick<AnnotationAnchor, 'quote' | 'position'>): TextSpan | null {
  const { exact } = anchor.quote;
  if (exact === '') return null;
  const position = anchor.position;
  if (position && text.slice(position.start, position.end) === exact)
    return { start: position.start, end: position.end };
  const wanted = position?.start ?? 0;
  let best: number | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (best === null || Math.abs(at - wanted) < Math.abs(best - wanted)) best = at;
  }
  return best === null ? null : { start: best, end: best + exact.length };
}
