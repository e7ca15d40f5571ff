import type { DocumentKind, Language } from '@shared/document/vocabulary';
import { ANALYZER_VERSION } from '@shared/search/analyzer';
import { corpusAcronyms, corpusEntries, type SearchCorpus } from '@shared/search/corpus';
import { documentEntries, noteEntry, noteEntryId, sectionKey, yearOf } from '@shared/search/entries';
import type { ImportedDocumentRow } from '@shared/library/imported-document';
import { liveQuery, type Subscription } from 'dexie';
import { groupResults, type ResultGroup } from '@shared/search/results';
import { SearchIndex, type SearchFilters } from '@shared/search/search-index';
import type { ReperesDatabase } from '../db/schema';
import { readSearchCorpus } from './search-corpus';

/**
 * The search worker's work, apart from the worker itself so that tests run it directly: load
 * the persisted index (or build and persist it when the dataset or the analyzers changed),
 * then answer queries. Runs in a Web Worker in the app: typing never waits for it.
 */
export interface SearchRequest {
  query: string;
  /** The language snippets are shown in where a passage has text in it. */
  language: Language;
  filters?: SearchFilters;
  limit?: number;
}

export interface SectionFacet {
  key: string;
  label: Record<Language, string>;
}

/** What the filters can offer, from the indexed documents. */
export interface SearchFacets {
  kinds: DocumentKind[];
  years: number[];
  /** The sections of reference pages (the RCP page's regions), by heading fingerprint. */
  sections: SectionFacet[];
}

export interface SearchResponse {
  query: { text: string; words: number; truncated: boolean; stopWords: string[] };
  groups: ResultGroup[];
  total: number;
  /** A likelier spelling, when nothing was found. */
  suggestion: string | null;
  /** How long the query took in the worker, in milliseconds. */
  elapsed: number;
}

export interface PreparedIndex {
  /** `loaded`: read back from the store; `built`: analysed from the texts (and stored). */
  origin: 'loaded' | 'built';
  entries: number;
  elapsed: number;
  facets: SearchFacets;
}

const DEFAULT_LIMIT = 60;

function facetsOf(corpus: SearchCorpus): SearchFacets {
  const kinds = [...new Set(corpus.documents.map((document) => document.kind))].sort();
  const years = [...new Set(corpus.documents.map(yearOf).filter((year) => year !== null))].sort((a, b) => b - a);
  const sections = new Map<string, SectionFacet>();
  for (const document of corpus.documents) {
    if (document.kind !== 'reference') continue;
    for (const block of document.blocks) {
      if (block.kind !== 'heading' || block.level < 3 || sections.has(sectionKey(block.id))) continue;
      const english = document.english?.blocks[block.id]?.text ?? block.text;
      sections.set(sectionKey(block.id), { key: sectionKey(block.id), label: { fr: block.text, en: english } });
    }
  }
  return { kinds, years, sections: [...sections.values()] };
}

export class SearchService {
  private prepared: Promise<{ index: SearchIndex; info: PreparedIndex }> | null = null;
  /** When each note in the index was last changed, by id: what to add, replace or remove next time. */
  private readonly indexedNotes = new Map<string, number>();
  private notesSubscription: Subscription | null = null;
  /** When each imported document in the index was last changed, by id. */
  private readonly indexedImports = new Map<string, number>();
  private importsSubscription: Subscription | null = null;

  constructor(private readonly db: ReperesDatabase) {}

  /** Stops following the person's notes (the worker's page is going away; tests close databases). */
  close(): void {
    this.notesSubscription?.unsubscribe();
    this.notesSubscription = null;
    this.importsSubscription?.unsubscribe();
    this.importsSubscription = null;
  }

  /** Loads or builds the index, once; later calls wait for the same work. */
  prepare(): Promise<PreparedIndex> {
    this.prepared ??= this.load().catch((error: unknown) => {
      this.prepared = null;
      throw error;
    });
    return this.prepared.then(({ info }) => info);
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    await this.prepare();
    const { index } = await this.prepared!;
    const started = performance.now();
    const outcome = index.search(request.query, {
      filters: request.filters ?? {},
      limit: request.limit ?? DEFAULT_LIMIT,
    });
    const suggestion = outcome.total === 0 && outcome.query.words.length > 0 ? index.suggest(request.query) : null;
    return {
      query: {
        text: outcome.query.text,
        words: outcome.query.words.length,
        truncated: outcome.query.truncated,
        stopWords: outcome.query.stopWords,
      },
      groups: groupResults(outcome, request.language),
      total: outcome.total,
      suggestion,
      elapsed: performance.now() - started,
    };
  }

  private async load(): Promise<{ index: SearchIndex; info: PreparedIndex }> {
    const started = performance.now();
    const corpus = await readSearchCorpus(this.db);
    const entries = corpusEntries(corpus);
    const acronyms = corpusAcronyms(corpus);
    const stored = await this.db.searchIndex.get('bundle');
    const usable =
      stored !== undefined &&
      stored.datasetVersion === corpus.datasetVersion &&
      stored.analyzerVersion === ANALYZER_VERSION;
    let index: SearchIndex | null = null;
    if (usable) {
      try {
        index = SearchIndex.load(stored.serialized, entries, acronyms);
      } catch {
        // A damaged row is rebuilt, not trusted: the index is derived data.
        index = null;
      }
    }
    const origin = index ? 'loaded' : 'built';
    if (!index) {
      index = SearchIndex.build(entries, acronyms);
      if (corpus.datasetVersion !== null) {
        await this.db.searchIndex.put({
          key: 'bundle',
          datasetVersion: corpus.datasetVersion,
          analyzerVersion: ANALYZER_VERSION,
          serialized: index.serialize(),
          builtAt: Date.now(),
        });
      }
    }
    // A person's notes join the index as they are (never persisted with the bundle's), then
    // follow every change: Dexie's live query sees the reader's writes from this worker too.
    this.indexNotes(index, await this.db.notes.toArray());
    this.notesSubscription = liveQuery(() => this.db.notes.toArray()).subscribe({
      next: (notes) => this.indexNotes(index!, notes),
      // A failed read leaves the notes as last indexed; the next change tries again.
      error: () => undefined,
    });
    // A person's imported documents too: they come and go without a rebuild of the rest.
    this.indexImports(index, await this.db.importedDocuments.toArray());
    this.importsSubscription = liveQuery(() => this.db.importedDocuments.toArray()).subscribe({
      next: (rows) => this.indexImports(index!, rows),
      error: () => undefined,
    });
    const info: PreparedIndex = {
      origin,
      entries: index.size,
      elapsed: performance.now() - started,
      facets: facetsOf(corpus),
    };
    return { index, info };
  }

  /** Brings the index's imported documents in line with the person's library: only the changed ones are analysed. */
  private indexImports(index: SearchIndex, rows: readonly ImportedDocumentRow[]): void {
    const present = new Set<string>();
    for (const { id, updatedAt, document } of rows) {
      present.add(id);
      if (this.indexedImports.get(id) === updatedAt) continue;
      index.add(documentEntries(document));
      this.indexedImports.set(id, updatedAt);
    }
    for (const id of this.indexedImports.keys()) {
      if (present.has(id)) continue;
      index.remove(id);
      this.indexedImports.delete(id);
    }
  }

  /** Brings the index's notes in line with the person's: only the ones that changed are analysed. */
  private indexNotes(
    index: SearchIndex,
    notes: ReadonlyArray<Parameters<typeof noteEntry>[0] & { updatedAt: number }>,
  ): void {
    const present = new Set<string>();
    for (const note of notes) {
      present.add(note.id);
      if (this.indexedNotes.get(note.id) === note.updatedAt) continue;
      const entry = noteEntry(note);
      if (entry) index.add([entry]);
      else index.remove(noteEntryId(note.id));
      this.indexedNotes.set(note.id, note.updatedAt);
    }
    for (const id of this.indexedNotes.keys()) {
      if (present.has(id)) continue;
      index.remove(noteEntryId(id));
      this.indexedNotes.delete(id);
    }
  }
}
