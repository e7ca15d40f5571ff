import type { Language } from '../document/vocabulary';
import { analyze } from './analyzer';

/**
 * Where a hit's words are in a text, and the stretch of it a result list shows: the reader
 * draws the same ranges over the passage it opens (through the range layer) as the results
 * list draws in the snippet.
 */
export interface MatchRange {
  start: number;
  end: number;
}

/** The words of a text that match any of the index terms (as written or by stem). */
export function matchRanges(text: string, language: Language, terms: readonly string[]): MatchRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  return analyze(text, language)
    .filter((token) => wanted.has(token.word) || wanted.has(token.stem))
    .map(({ start, end }) => ({ start, end }));
}

export interface Snippet {
  text: string;
  /** The matches within the snippet's text. */
  ranges: MatchRange[];
  /** Text was left out before or after. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** How much context to keep before the first match. */
const LEAD = 50;

/** At most `maxLength` characters of the text around its first match, cut between words. */
export function snippetOf(text: string, ranges: readonly MatchRange[], maxLength = 220): Snippet {
  if (text.length <= maxLength) return { text, ranges: [...ranges], clippedStart: false, clippedEnd: false };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - LEAD, text.length - maxLength));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  return {
    text: text.slice(start, end),
    ranges: ranges
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start - start, end: range.end - start })),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
