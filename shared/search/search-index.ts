import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch';
import type { DocumentKind, Language } from '../document/vocabulary';
import { LANGUAGES } from '../document/vocabulary';
import type { AcronymMap } from './acronyms';
import { analyze, phraseWords } from './analyzer';
import type { SearchEntry, SearchEntryKind } from './entries';
import { parseQuery, type ParsedQuery, type QueryWord } from './query';

/**
 * The search engine: MiniSearch (BM25+, prefix and fuzzy matching, incremental add and
 * discard, a compact JSON form) over our analyzers. Each entry is indexed four times: the
 * words as written and their stems, in French and in English; a query asks for each of its
 * words in all four (and its acronyms in the other language), every word required.
 *
 * Ranking, on top of BM25: a word found as written counts more than one found by its stem,
 * and both more than a near spelling or the start of a word; titles and headings count more
 * than body text; a passage holding a query's words as a phrase counts more again.
 */

// One field per language holding each word twice over: as written and as its stem (once when
// they are the same). Half the fields of one per form: half the index to store and load.
const FIELDS = ['fr', 'en'] as const;
const fieldLanguage = (field: string): Language => (field === 'fr' ? 'fr' : 'en');
/** A word found as written counts this much more than one found only by its stem. */
const AS_WRITTEN_BOOST = 1.5;
// The glossary's entries are short and repeat their terms: left as they are, they would
// outrank the passages that use the terms, which are what a person is looking for.
const KIND_BOOST: Partial<Record<SearchEntryKind, number>> = { title: 1.5, heading: 1.4, glossary: 0.5 };
/** A hit holding the query's words as typed, in order, ranks this much higher. */
const PHRASE_BOOST = 1.8;
/** How many of the best candidates are read for that bonus. */
const PHRASE_WINDOW = 100;

export interface SearchFilters {
  kinds?: readonly DocumentKind[];
  years?: readonly number[];
  /** Section keys (see `sectionKey`): a passage under any of them. */
  sections?: readonly string[];
  sources?: ReadonlyArray<SearchEntry['source']>;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** At most this many hits (the best ones). */
  limit?: number;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** The index terms that matched (words and stems), for highlighting. */
  terms: string[];
  /** The hit holds one of the query's phrases (quoted, or the words typed in order). */
  phrase: boolean;
}

export interface SearchOutcome {
  query: ParsedQuery;
  hits: SearchHit[];
  /** How many entries matched before the limit. */
  total: number;
}

/** Minimum length of a word before a near spelling may match it, and the edits allowed. */
const fuzziness = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/**
 * The engine's options. `terms` gathers every term indexed: a query word the index holds as
 * it is was not misspelt, and is not looked for by its near spellings too (a walk of the whole
 * vocabulary for each form of each word, which every query paid for).
 */
function miniSearchOptions(terms: Set<string>) {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [],
    extractField: (entry: SearchEntry, field: string): string =>
      field === 'id' ? entry.id : (entry.text[fieldLanguage(field)] ?? ''),
    tokenize: (text: string, field?: string): string[] => {
      if (field === undefined) return [text];
      const tokens = analyze(text, fieldLanguage(field)).flatMap((token) =>
        token.stem === token.word ? [token.word] : [token.word, token.stem],
      );
      for (const token of tokens) terms.add(token);
      return tokens;
    },
    processTerm: (term: string): string => term,
    // Queries arrive analysed already (see `wordQuery`): searching takes terms as they are.
    searchOptions: { tokenize: (text: string): string[] => [text], processTerm: (term: string): string => term },
  };
}

/**
 * One query word as the index is asked for it: any of its forms, in any field; near spellings
 * of a form only when the index does not hold that form as it is (`known`).
 */
function wordQuery(word: QueryWord, known: ReadonlySet<string>): Query {
  const stemFuzzy = (stem: string): number => (known.has(stem) ? 0 : Math.min(1, fuzziness(stem)));
  return {
    combineWith: 'OR',
    queries: [
      {
        queries: [word.word],
        fields: [...FIELDS],
        fuzzy: known.has(word.word) ? 0 : fuzziness(word.word),
        prefix: word.prefix,
        boost: { fr: AS_WRITTEN_BOOST, en: AS_WRITTEN_BOOST },
      },
      // The start of a word is matched on the word as written only: its stems would count every
      // word it starts a second time.
      { queries: [word.stems.fr], fields: ['fr'], fuzzy: stemFuzzy(word.stems.fr), prefix: false },
      { queries: [word.stems.en], fields: ['en'], fuzzy: stemFuzzy(word.stems.en), prefix: false },
      ...word.acronyms.map((acronym) => ({ queries: [acronym], fields: [...FIELDS], fuzzy: 0, prefix: false })),
    ],
  };
}

/** True when the words occur one after another in the text's words. */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** How many entries keep their phrase words in memory before the cache starts again. */
const PHRASE_WORDS_KEPT = 20_000;

export class SearchIndex {
  private readonly entries = new Map<string, SearchEntry>();
  private readonly idsByDocument = new Map<string, string[]>();
  /**
   * Each entry's words as phrases are compared on, by entry id, made when a query first needs
   * them: every query of two words or more weighs the phrase bonus on its best hundred
   * candidates, and cutting their texts into words again at each keystroke was most of its time.
   */
  private readonly phraseWordsById = new Map<string, Record<Language, string[]>>();

  private constructor(
    private readonly engine: MiniSearch<SearchEntry>,
    entries: Iterable<SearchEntry>,
    private readonly acronyms: AcronymMap,
    /** Every term indexed (a term of a removed document may stay: it then only goes without near spellings). */
    private readonly terms: Set<string>,
  ) {
    for (const entry of entries) this.remember(entry);
  }

  /** Indexes entries from scratch. */
  static build(entries: readonly SearchEntry[], acronyms: AcronymMap): SearchIndex {
    const terms = new Set<string>();
    const engine = new MiniSearch<SearchEntry>(miniSearchOptions(terms));
    engine.addAll(entries);
    return new SearchIndex(engine, entries, acronyms, terms);
  }

  /**
   * An index from its persisted form, without analysing any text again. The entries are the
   * ones it was built from (they carry the texts for snippets and phrases, which the persisted
   * form leaves out to stay small).
   */
  static load(serialized: string, entries: readonly SearchEntry[], acronyms: AcronymMap): SearchIndex {
    const plain = JSON.parse(serialized) as AsPlainObject;
    const terms = new Set(plain.index.map(([term]) => term));
    const engine = MiniSearch.loadJS<SearchEntry>(plain, miniSearchOptions(terms));
    return new SearchIndex(engine, entries, acronyms, terms);
  }

  /** The persisted form: the inverted index only (see `load`). */
  serialize(): string {
    return JSON.stringify(this.engine);
  }

  get size(): number {
    return this.engine.documentCount;
  }

  /** Adds a document's (or a glossary entry's) entries, replacing any it had. */
  add(entries: readonly SearchEntry[]): void {
    for (const docId of new Set(entries.map((entry) => entry.docId))) this.remove(docId);
    this.engine.addAll(entries);
    for (const entry of entries) this.remember(entry);
  }

  /** Removes every entry of a document, without rebuilding the rest. */
  remove(docId: string): void {
    for (const id of this.idsByDocument.get(docId) ?? []) {
      this.engine.discard(id);
      this.entries.delete(id);
      this.phraseWordsById.delete(id);
    }
    this.idsByDocument.delete(docId);
  }

  entry(id: string): SearchEntry | undefined {
    return this.entries.get(id);
  }

  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchOutcome {
    const query = typeof input === 'string' ? parseQuery(input, this.acronyms) : input;
    if (query.words.length === 0) return { query, hits: [], total: 0 };
    const filter = this.filterFor(options.filters ?? {});
    const results = this.engine.search(
      { combineWith: 'AND', queries: query.words.map((word) => wordQuery(word, this.terms)) },
      {
        weights: { fuzzy: 0.3, prefix: 0.6 },
        // No filter at all when none is set: the engine then skips a call per match.
        ...(filter ? { filter: (result: SearchResult) => filter(this.entries.get(result.id as string)) } : {}),
        boostDocument: (id: string) => KIND_BOOST[this.entries.get(id)?.kind ?? 'paragraph'] ?? 1,
      },
    );
    const required = query.phrases;
    const matching = required.length === 0 ? results : results.filter((result) => this.holdsAll(result, required));
    const typed = query.words.length > 1 ? [query.words.map((word) => word.word)] : [];
    const limit = Math.min(options.limit ?? matching.length, matching.length);
    // The engine ranks every match; only the best few become hits. The bonus for words typed in
    // order is weighed on the best candidates only (they alone can move into the first places),
    // so a common word matching thousands of passages costs no more than it must.
    const window = matching.slice(0, Math.min(matching.length, limit + PHRASE_WINDOW));
    const hits = window.map((result): SearchHit => {
      const phrase = required.length > 0 || (typed.length > 0 && this.holdsAll(result, typed));
      return {
        entry: this.entries.get(result.id as string)!,
        score: result.score * (phrase ? PHRASE_BOOST : 1),
        terms: result.terms,
        phrase,
      };
    });
    hits.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
    return { query, hits: hits.slice(0, limit), total: matching.length };
  }

  /**
   * A likelier spelling of a query that found nothing: each word replaced by the indexed word
   * closest to it (within two edits), the one most passages use; null when none is closer.
   */
  suggest(input: string): string | null {
    const query = parseQuery(input, this.acronyms);
    let changed = false;
    const words = query.words.map(({ word }) => {
      const counts = new Map<string, number>();
      for (const result of this.engine.search(word, { fuzzy: 2, prefix: false })) {
        for (const term of result.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      if (counts.has(word)) return word;
      // Stems are indexed too; a term much shorter than the word typed is one, not a spelling.
      const best = [...counts]
        .filter(([term]) => term.length >= word.length - 2)
        .sort(
          (a, b) =>
            b[1] - a[1] ||
            Math.abs(a[0].length - word.length) - Math.abs(b[0].length - word.length) ||
            a[0].localeCompare(b[0]),
        )[0]?.[0];
      if (best === undefined) return word;
      changed = true;
      return best;
    });
    return changed ? words.join(' ') : null;
  }

  private holdsAll(result: SearchResult, phrases: readonly string[][]): boolean {
    const entry = this.entries.get(result.id as string);
    if (entry === undefined) return false;
    const words = this.phraseWordsOf(entry);
    return phrases.every((phrase) => LANGUAGES.some((language) => holdsPhrase(words[language], phrase)));
  }

  private phraseWordsOf(entry: SearchEntry): Record<Language, string[]> {
    let words = this.phraseWordsById.get(entry.id);
    if (words === undefined) {
      if (this.phraseWordsById.size >= PHRASE_WORDS_KEPT) this.phraseWordsById.clear();
      words = { fr: phraseWords(entry.text.fr ?? ''), en: phraseWords(entry.text.en ?? '') };
      this.phraseWordsById.set(entry.id, words);
    }
    return words;
  }

  private filterFor(filters: SearchFilters): ((entry: SearchEntry | undefined) => boolean) | null {
    const { kinds, years, sections, sources } = filters;
    if (!kinds?.length && !years?.length && !sections?.length && !sources?.length) return null;
    return (entry) =>
      entry !== undefined &&
      (!sources?.length || sources.includes(entry.source)) &&
      (!kinds?.length || (entry.docKind !== null && kinds.includes(entry.docKind))) &&
      (!years?.length || (entry.year !== null && years.includes(entry.year))) &&
      (!sections?.length || entry.sections.some((section) => sections.includes(section)));
  }

  private remember(entry: SearchEntry): void {
    this.entries.set(entry.id, entry);
    const ids = this.idsByDocument.get(entry.docId) ?? [];
    ids.push(entry.id);
    this.idsByDocument.set(entry.docId, ids);
  }
}
