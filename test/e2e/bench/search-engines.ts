import { Charset, Document } from 'flexsearch';
import type { AcronymMap } from '@shared/search/acronyms';
import type { SearchEntry } from '@shared/search/entries';
import { SearchIndex, type StoredSearchIndex } from '@shared/search/search-index';

/**
 * The two engines the search benchmark compares, behind one shape: ours (packed postings
 * scored as MiniSearch scores, with our analyzers, as the app runs it) and FlexSearch's document index with its own Latin encoder
 * and prefix tokenizer over the same two language fields. Each builds, serializes to strings
 * (what would go to IndexedDB), loads back, and answers a query with ids in rank order.
 */
export interface BenchEngine {
  name: string;
  build(entries: readonly SearchEntry[]): void;
  /** The stored form, as parts IndexedDB keeps (strings, or objects of strings and typed arrays). */
  serialize(): Promise<Record<string, unknown>>;
  load(parts: Record<string, unknown>, entries: readonly SearchEntry[]): Promise<void>;
  search(query: string): string[];
}

export function ourEngine(acronyms: AcronymMap): BenchEngine {
  let index: SearchIndex | null = null;
  return {
    name: 'ours (packed postings + analyzers)',
    build: (entries) => {
      index = SearchIndex.build(entries, acronyms);
    },
    serialize: async () => ({ index: index!.serialize() }),
    load: async (parts, entries) => {
      index = SearchIndex.load(parts.index as StoredSearchIndex, entries, acronyms);
    },
    search: (query) => index!.search(query, { limit: 60 }).hits.map((hit) => hit.entry.id),
  };
}

type FlexDocument = { id: string; fr: string; en: string };

export function flexSearchEngine(): BenchEngine {
  const create = () =>
    new Document<FlexDocument>({
      document: { id: 'id', index: ['fr', 'en'] },
      tokenize: 'forward',
      encoder: Charset.LatinBalance,
    });
  let index = create();
  return {
    name: 'FlexSearch 0.8 (LatinBalance, forward)',
    build: (entries) => {
      index = create();
      for (const entry of entries) index.add({ id: entry.id, fr: entry.text.fr ?? '', en: entry.text.en ?? '' });
    },
    serialize: async () => {
      const parts: Record<string, string> = {};
      await index.export((key: string, data: string) => {
        parts[key] = data;
      });
      return parts;
    },
    load: async (parts) => {
      index = create();
      for (const [key, data] of Object.entries(parts)) index.import(key, data as string);
    },
    search: (query) => {
      const results = index.search(query, { limit: 60, suggest: true, merge: true }) as unknown as Array<{
        id: string;
      }>;
      return results.map((result) => result.id);
    },
  };
}
