import type { GlossaryEntry } from '../dataset/glossary';
import { acronymMap, type AcronymMap } from './acronyms';
import { documentEntries, glossaryEntry, type SearchableDocument, type SearchEntry } from './entries';

/** What the app searches: documents and the glossary, wherever they are read from. */
export interface SearchCorpus {
  documents: readonly SearchableDocument[];
  glossary: readonly GlossaryEntry[];
}

/** Every entry of a corpus: each document's, then the glossary's. */
export const corpusEntries = (corpus: SearchCorpus): SearchEntry[] => [
  ...corpus.documents.flatMap(documentEntries),
  ...corpus.glossary.map(glossaryEntry),
];

export const corpusAcronyms = (corpus: Pick<SearchCorpus, 'glossary'>): AcronymMap => acronymMap(corpus.glossary);
