import type { Language } from '@shared/document/vocabulary';
import { matchRanges } from '@shared/search/highlight';
import type { TextRange } from '@shared/text/ranges';

export type SearchHitRange = TextRange<'search-hit', null>;

/** The words of a passage that the opened search hit matched, drawn as `<mark data-layer="search-hit">`. */
export function searchHitRanges(text: string, language: Language, terms: readonly string[] | null): SearchHitRange[] {
  if (!terms || terms.length === 0) return [];
  return matchRanges(text, language, terms).map(({ start, end }) => ({ layer: 'search-hit', start, end, data: null }));
}
