import type { DocumentKind, Language } from '../document/vocabulary';
import { LANGUAGES } from '../document/vocabulary';
import type { AcronymMap } from './acronyms';
import { analyze, phraseWords } from './analyzer';
import type { SearchEntry, SearchEntryKind } from './entries';
import { Postings, type FormQuery, type StoredPostings, type WordQuery } from './postings';
import { topScores } from './top-scores';
import { holdsPhrase, phraseLook } from './phrase';
import { parseQuery, type ParsedQuery, type QueryWord } from './query';

/**
 * The search engine: an inverted index of packed postings scored as MiniSearch scores (BM25+,
 * prefix and near-spelling matches; see `postings.ts`) over our analyzers. Each entry is
 * indexed four times: the words as written and their stems, in French and in English; a query
 * asks for each of its words in all four (and its acronyms in the other language), every word
 * required.
 *
 * Ranking, on top of BM25: a word found as written counts more than one found by its stem,
 * and both more than a near spelling or the start of a word; titles and headings count more
 * than body text; a passage holding a query's words as a phrase counts more again.
 */

// One field per language holding each word twice over: as written and as its stem (once when
// they are the same). Half the fields of one per form: half the index to store and load.
const FIELDS = ['fr', 'en'] as const;
/** A word found as written counts this much more than one found only by its stem. */
const AS_WRITTEN_BOOST = 1.5;
/** How much the start of a word, and a near spelling, count beside the word itself. */
const WEIGHTS = { prefix: 0.6, fuzzy: 0.3 };
// The glossary's entries are short and repeat their terms: left as they are, they would
// outrank the passages that use the terms, which are what a person is looking for.
const KIND_BOOST: Partial<Record<SearchEntryKind, number>> = { title: 1.5, heading: 1.4, glossary: 0.5 };
/** A hit holding the query's words as typed, in order, ranks this much higher. */
const PHRASE_BOOST = 1.8;
/** How many of the best candidates are read for that bonus. */
const PHRASE_WINDOW = 100;

/** The persisted index (see `Postings.store`). */
export type StoredSearchIndex = StoredPostings;

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

/** The terms an entry is indexed under, per language field: each word as written and its stem. */
function indexTerms(entry: SearchEntry): Record<(typeof FIELDS)[number], string[]> {
  const termsOf = (language: Language): string[] =>
    analyze(entry.text[language] ?? '', language).flatMap((token) =>
      token.stem === token.word ? [token.word] : [token.word, token.stem],
    );
  return { fr: termsOf('fr'), en: termsOf('en') };
}

const entryBoost = (entry: SearchEntry): number => KIND_BOOST[entry.kind] ?? 1;

/**
 * One query word as the index is asked for it: any of its forms, in any field; near spellings
 * of a form only when the index does not hold that form as it is (a word the index holds was
 * not misspelt, and walking the vocabulary for its near spellings cost every query).
 */
function wordQuery(word: QueryWord, known: (term: string) => boolean): WordQuery {
  const stemFuzzy = (stem: string): number => (known(stem) ? 0 : Math.min(1, fuzziness(stem)));
  const forms: FormQuery[] = [
    {
      term: word.word,
      fields: FIELDS,
      boost: AS_WRITTEN_BOOST,
      prefix: word.prefix,
      fuzzy: known(word.word) ? 0 : fuzziness(word.word),
    },
    // The start of a word is matched on the word as written only: its stems would count every
    // word it starts a second time.
    { term: word.stems.fr, fields: ['fr'], boost: 1, prefix: false, fuzzy: stemFuzzy(word.stems.fr) },
    { term: word.stems.en, fields: ['en'], boost: 1, prefix: false, fuzzy: stemFuzzy(word.stems.en) },
    ...word.acronyms.map((acronym) => ({ term: acronym, fields: FIELDS, boost: 1, prefix: false, fuzzy: 0 })),
  ];
  return { forms };
}

/** A match on its way to becoming a hit. */
interface RankedMatch {
  position: number;
  entry: SearchEntry;
  score: number;
  phrase: boolean;
}

/** Adds a score to the `limit` highest so far, kept lowest first. */
function keepBest(kept: number[], score: number, limit: number): void {
  if (limit === 0 || (kept.length === limit && score <= kept[0]!)) return;
  if (kept.length === limit) kept.shift();
  let at = 0;
  while (at < kept.length && kept[at]! < score) at += 1;
  kept.splice(at, 0, score);
}

/** A phrase, and the first look that spares most texts being cut into words. */
interface PhraseTest {
  words: readonly string[];
  look: (text: string) => boolean | undefined;
}
const phraseTest = (words: readonly string[]): PhraseTest => ({ words, look: phraseLook(words) });

/** How many entries keep their phrase words in memory before the cache starts again. */
const PHRASE_WORDS_KEPT = 20_000;

export class SearchIndex {
  /** Entry ids by document, made when a document is first added or removed, not at load. */
  private idsByDocumentMap: Map<string, string[]> | null = null;
  /**
   * Each entry's words as phrases are compared on, by entry id, made when a query first needs
   * them: every query of two words or more weighs the phrase bonus on its best hundred
   * candidates, and cutting their texts into words again at each keystroke was most of its time.
   */
  private readonly phraseWordsById = new Map<string, Record<Language, string[]>>();

  private constructor(
    private readonly postings: Postings<SearchEntry>,
    private readonly acronyms: AcronymMap,
  ) {}

  /** Indexes entries from scratch. */
  static build(entries: readonly SearchEntry[], acronyms: AcronymMap): SearchIndex {
    const postings = Postings.empty<SearchEntry>();
    for (const entry of entries) postings.add(entry.id, indexTerms(entry), entryBoost(entry), entry);
    return new SearchIndex(postings, acronyms);
  }

  /**
   * An index from its persisted form, without analysing any text again. The entries are the
   * ones it was built from (they carry the texts for snippets and phrases, which the persisted
   * form leaves out to stay small). Throws on a form it cannot read (the caller rebuilds).
   */
  static load(stored: StoredSearchIndex, entries: readonly SearchEntry[], acronyms: AcronymMap): SearchIndex {
    return new SearchIndex(
      Postings.load(stored, (ids) => entriesFor(ids, entries)),
      acronyms,
    );
  }

  /** The persisted form: the inverted index only (see `load`). */
  serialize(): StoredSearchIndex {
    return this.postings.store();
  }

  get size(): number {
    return this.postings.size;
  }

  /** Adds a document's (or a glossary entry's) entries, replacing any it had. */
  add(entries: readonly SearchEntry[]): void {
    for (const docId of new Set(entries.map((entry) => entry.docId))) this.forget(docId);
    for (const entry of entries) {
      this.postings.add(entry.id, indexTerms(entry), entryBoost(entry), entry);
      this.remember(entry);
    }
    this.postings.tidy();
  }

  /** Removes every entry of a document, without rebuilding the rest. */
  remove(docId: string): void {
    this.forget(docId);
    this.postings.tidy();
  }

  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchOutcome {
    const query = typeof input === 'string' ? parseQuery(input, this.acronyms) : input;
    if (query.words.length === 0) return { query, hits: [], total: 0 };
    const known = (term: string): boolean => this.postings.has(term);
    const matches = this.postings.match(
      query.words.map((word) => wordQuery(word, known)),
      WEIGHTS,
    );
    const filter = this.filterFor(options.filters ?? {});
    const required = query.phrases.map(phraseTest);
    // The matches a person can be shown: within the filters, holding the quoted phrases (by
    // the first look: the ones shown are checked word by word below).
    let count = matches.count;
    let positions: Int32Array | null = null;
    let scores = matches.scores;
    if (filter || required.length > 0) {
      count = 0;
      positions = new Int32Array(matches.count);
      scores = new Float64Array(matches.count);
      for (let position = 0; position < matches.count; position += 1) {
        const entry = matches.itemAt(position);
        if (filter && !filter(entry)) continue;
        if (!required.every((phrase) => this.holdsPhrase(entry, phrase, false))) continue;
        positions[count] = position;
        scores[count] = matches.scores[position]!;
        count += 1;
      }
    }
    const typed = query.words.length > 1 ? phraseTest(query.words.map((word) => word.word)) : null;
    const limit = Math.min(options.limit ?? count, count);
    // Only the best few become hits. The bonus for words typed in order is weighed on the best
    // candidates only (they alone can move into the first places), so a common word matching
    // thousands of passages costs no more than it must.
    const best = topScores(scores, count, limit + PHRASE_WINDOW);
    const ranked: RankedMatch[] = [];
    // The `limit` best scores so far, with the bonus, lowest first: once a candidate could not
    // beat the lowest even with the bonus, no later one can (they come best first).
    const kept: number[] = [];
    for (const at of best) {
      const base = scores[at]!;
      if (required.length === 0 && kept.length === limit && base * PHRASE_BOOST < kept[0]!) break;
      const position = positions ? positions[at]! : at;
      const entry = matches.itemAt(position);
      if (!required.every((phrase) => this.holdsPhrase(entry, phrase, true))) {
        // The first look was wrong (a word inside a longer one): not a match after all.
        count -= 1;
        continue;
      }
      const phrase = required.length > 0 || (typed !== null && this.holdsPhrase(entry, typed, false));
      const score = base * (phrase ? PHRASE_BOOST : 1);
      ranked.push({ position, entry, score, phrase });
      keepBest(kept, score, limit);
    }
    ranked.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
    const shown = ranked.slice(0, Math.min(limit, count));
    const expanded = matches.expandedTerms(shown.map(({ position }) => position));
    const hits = shown.map(({ position, entry, score, phrase }): SearchHit => {
      // The index terms it was found by, which the snippet and the reader highlight: the
      // forms of each word it holds as they are, and the longer words and near spellings.
      const terms = new Set(expanded.get(position));
      query.words.forEach((word, wordNumber) => {
        const found = matches.forms[wordNumber]![position]!;
        [word.word, word.stems.fr, word.stems.en, ...word.acronyms].forEach((form, formNumber) => {
          if (formNumber < 32 && found & (2 ** formNumber)) terms.add(form);
        });
      });
      return { entry, score, terms: [...terms], phrase };
    });
    return { query, hits, total: count };
  }

  /**
   * A likelier spelling of a query that found nothing: each word replaced by the indexed word
   * closest to it (within two edits), the one most passages use; null when none is closer.
   */
  suggest(input: string): string | null {
    const query = parseQuery(input, this.acronyms);
    let changed = false;
    const words = query.words.map(({ word }) => {
      if (this.postings.has(word)) return word;
      // Stems are indexed too; a term much shorter than the word typed is one, not a spelling.
      const best = this.postings
        .nearTerms(word, 2)
        .filter(({ term, entries }) => entries > 0 && term.length >= word.length - 2)
        .sort(
          (a, b) =>
            b.entries - a.entries ||
            Math.abs(a.term.length - word.length) - Math.abs(b.term.length - word.length) ||
            a.term.localeCompare(b.term),
        )[0]?.term;
      if (best === undefined) return word;
      changed = true;
      return best;
    });
    return changed ? words.join(' ') : null;
  }

  /**
   * Whether an entry's text holds a phrase in either language: by the first look alone, or
   * (`exactly`, and wherever the look cannot tell) by its words.
   */
  private holdsPhrase(entry: SearchEntry, phrase: PhraseTest, exactly: boolean): boolean {
    return LANGUAGES.some((language) => {
      const text = entry.text[language];
      if (text === null) return false;
      const look = phrase.look(text);
      if (look === false) return false;
      return look === true && !exactly ? true : holdsPhrase(this.phraseWordsOf(entry)[language], phrase.words);
    });
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

  private filterFor(filters: SearchFilters): ((entry: SearchEntry) => boolean) | null {
    const { kinds, years, sections, sources } = filters;
    if (!kinds?.length && !years?.length && !sections?.length && !sources?.length) return null;
    return (entry) =>
      (!sources?.length || sources.includes(entry.source)) &&
      (!kinds?.length || (entry.docKind !== null && kinds.includes(entry.docKind))) &&
      (!years?.length || (entry.year !== null && years.includes(entry.year))) &&
      (!sections?.length || entry.sections.some((section) => sections.includes(section)));
  }

  private forget(docId: string): void {
    const idsByDocument = this.idsByDocument();
    for (const id of idsByDocument.get(docId) ?? []) {
      this.postings.remove(id);
      this.phraseWordsById.delete(id);
    }
    idsByDocument.delete(docId);
  }

  private remember(entry: SearchEntry): void {
    const idsByDocument = this.idsByDocument();
    const ids = idsByDocument.get(entry.docId) ?? [];
    ids.push(entry.id);
    idsByDocument.set(entry.docId, ids);
  }

  private idsByDocument(): Map<string, string[]> {
    if (this.idsByDocumentMap === null) {
      this.idsByDocumentMap = new Map();
      for (const entry of this.postings.liveItems()) {
        const ids = this.idsByDocumentMap.get(entry.docId) ?? [];
        ids.push(entry.id);
        this.idsByDocumentMap.set(entry.docId, ids);
      }
    }
    return this.idsByDocumentMap;
  }
}

/**
 * The entries for a stored index's ids, in its order: the entries as given when they are in
 * that order (a warm start reads them as the index was built from them), else found by id.
 * An index of other entries than these would answer with hits it cannot show: it is refused.
 */
function entriesFor(ids: readonly string[], entries: readonly SearchEntry[]): SearchEntry[] {
  if (ids.length === entries.length && ids.every((id, at) => entries[at]!.id === id)) return [...entries];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return ids.map((id) => {
    const entry = byId.get(id);
    if (entry === undefined) throw new Error(`search index: no entry ${id}`);
    return entry;
  });
}
