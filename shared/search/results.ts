import type { Language } from '../document/vocabulary';
import { NOTES_GROUP, type SearchEntry, type SearchEntrySource } from './entries';
import { matchRanges, snippetOf, type Snippet } from './highlight';
import type { SearchHit, SearchOutcome } from './search-index';

/**
 * Hits as a person sees them: grouped by document (the glossary as one group), the best
 * group first, each hit in the reading language where it has text there, with its snippet
 * and whether it was found through the other language's text.
 */
export interface ResultHit extends Pick<SearchEntry, 'id' | 'docId' | 'source' | 'kind' | 'passageId' | 'blockId'> {
  /** The language the snippet is in. */
  language: Language;
  snippet: Snippet;
  /** The index terms that matched: the reader highlights them in the passage it opens. */
  terms: string[];
  /** Found only through the text in the other language. */
  crossLingual: boolean;
  /** The document the hit opens: its own, or for a note the one the note is on. */
  targetDocId: string;
  score: number;
}

export interface ResultGroup {
  docId: string;
  source: SearchEntrySource;
  hits: ResultHit[];
}

const other = (language: Language): Language => (language === 'fr' ? 'en' : 'fr');

export function presentHit(hit: SearchHit, preferred: Language): ResultHit {
  const { entry } = hit;
  const language = entry.text[preferred] !== null ? preferred : other(preferred);
  const text = entry.text[language] ?? '';
  const ranges = matchRanges(text, language, hit.terms);
  return {
    id: entry.id,
    docId: entry.docId,
    source: entry.source,
    kind: entry.kind,
    passageId: entry.passageId,
    blockId: entry.blockId,
    language,
    snippet: snippetOf(text, ranges),
    terms: hit.terms,
    // None of the matched words is in the text shown: the match was in the other language's.
    crossLingual: entry.source !== 'note' && ranges.length === 0,
    targetDocId: entry.note?.docId ?? entry.docId,
    score: hit.score,
  };
}

/**
 * Groups hits by document (a person's notes together, as "Your notes"), keeping each group's
 * hits, and the groups, in rank order.
 */
export function groupResults(outcome: Pick<SearchOutcome, 'hits'>, preferred: Language): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const hit of outcome.hits) {
    const key = hit.entry.source === 'note' ? NOTES_GROUP : hit.entry.docId;
    const group = groups.get(key) ?? { docId: key, source: hit.entry.source, hits: [] };
    group.hits.push(presentHit(hit, preferred));
    groups.set(key, group);
  }
  return [...groups.values()];
}
