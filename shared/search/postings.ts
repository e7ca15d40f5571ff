import SearchableMap from 'minisearch/SearchableMap';

/**
 * The inverted index under the search: for each term and each of the two language fields, the
 * entries holding it and how often, packed into typed arrays; scored with MiniSearch's BM25+
 * (its formula, parameters and prefix and near-spelling weights, so that ranking did not change
 * when the engine did) and MiniSearch's radix tree (`SearchableMap`) for the vocabulary, which
 * finds the words within an edit distance (the words a prefix starts are found in a sorted
 * list of the terms).
 *
 * Why not MiniSearch itself any more: it scores every match into a Map of objects, which at
 * 100,000 passages made a common word take a second and its JSON take ten to load. Here a match
 * costs a few array reads, and the stored form is a handful of typed arrays.
 *
 * Entries are numbered in the order they arrive. The bulk of them sit in one packed block; an
 * entry added later goes to a small overflow, and a removed one is only marked, until enough of
 * either has built up to pack the whole again (`pack`).
 */

export type FieldName = 'fr' | 'en';
const FIELDS: readonly FieldName[] = ['fr', 'en'];
const FIELD_COUNT = FIELDS.length;
const fieldIndex = (field: FieldName): number => (field === 'fr' ? 0 : 1);

/** A posting is an entry's number and its term frequency in one 32-bit word. */
const FREQUENCY_BITS = 8;
const MAX_FREQUENCY = (1 << FREQUENCY_BITS) - 1;
export const MAX_ENTRIES = 2 ** (32 - FREQUENCY_BITS);
const MAX_FIELD_LENGTH = 0xffff;

/** MiniSearch's BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One form of a query word, as the index is asked for it. */
export interface FormQuery {
  term: string;
  fields: readonly FieldName[];
  /** Multiplies every score the form gives. */
  boost: number;
  /** Also the longer words it starts. */
  prefix: boolean;
  /** Also the words within this many edits (0: none). */
  fuzzy: number;
}

/** A query word: any of its forms, scores added. */
export interface WordQuery {
  forms: readonly FormQuery[];
}

export interface MatchWeights {
  /** How much a word a form starts counts, beside the form itself. */
  prefix: number;
  /** How much a near spelling counts. */
  fuzzy: number;
}

/** The entries holding every word of a query, in no order, with their scores. */
export interface Matches<Item> {
  count: number;
  scores: Float64Array;
  /** What was indexed with the match at a position. */
  itemAt(position: number): Item;
  /** For each word, for each match: the forms found as they are, one bit per form. */
  forms: Uint32Array[];
  /** The other index terms some matches were found by (prefixes and near spellings), by position. */
  expandedTerms(positions: readonly number[]): Map<number, Set<string>>;
}

/** What the stored form holds (structured-cloneable: IndexedDB keeps the arrays as they are). */
export interface StoredPostings {
  format: typeof STORED_FORMAT;
  /** Entry ids, one per line, in entry order. */
  ids: string;
  /** Index terms, one per line, in term order. */
  terms: string;
  /** Where each (term, field)'s postings start in `postings`, and where the last ends. */
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Each entry's length in each field (distinct terms), entry after entry. */
  lengths: Uint16Array;
  /** Each entry's own weight (a title counts more than a paragraph). */
  boosts: Float64Array;
}
const STORED_FORMAT = 1;

/** One word's pass over the postings: the first word's matches are the candidates the others narrow. */
interface WordPass {
  first: boolean;
  wordMark: number;
  /** How many entries the first word found, in `Postings.touched`. */
  touched: number;
  /** After the first word: the entries still matching, the only ones scored. */
  candidates: Int32Array;
}

const isPrefix = (word: WordQuery): boolean => word.forms.some((form) => form.prefix);

// The candidates are one bit per entry: 100,000 entries take 12 kB, which stay in the
// processor's nearest cache while a common word's tens of thousands of postings are checked
// against them (a 32-bit mark per entry took 400 kB).
const isCandidate = (bits: Uint32Array, number: number): boolean => (bits[number >>> 5]! & (1 << (number & 31))) !== 0;
const markCandidate = (bits: Uint32Array, number: number): void => {
  bits[number >>> 5]! |= 1 << (number & 31);
};
const unmarkCandidate = (bits: Uint32Array, number: number): void => {
  bits[number >>> 5]! &= ~(1 << (number & 31));
};

/** What a word's pass leaves in the scratch arrays, by entry number (see `Postings.match`). */
interface Scratch {
  marks: Int32Array;
  /** One bit per entry: whether it is still a candidate (see `match`). */
  candidateBits: Uint32Array;
  wordScores: Float64Array;
  wordForms: Uint32Array;
  wordSources: Uint32Array;
  touched: Int32Array;
}

/** What scoring one (term, field)'s postings needs, in one object of one shape (the hot loop's). */
interface SlotScoring extends Scratch {
  pass: WordPass;
  /** The form's weight times the term's inverse document frequency. */
  scale: number;
  lengthFactor: number;
  base: number;
  field: number;
  bit: number;
  source: number;
  /** Whether any entry is marked removed (a loaded index has none: no need to look). */
  anyRemoved: boolean;
  alive: Uint8Array;
  lengths: Uint16Array;
  boosts: Float64Array;
}

/** Adds one posting's BM25+ score to its entry's score for the word being read. */
function scorePosting(scoring: SlotScoring, posting: number): void {
  const { pass } = scoring;
  const number = posting >>> FREQUENCY_BITS;
  if ((!pass.first && !isCandidate(scoring.candidateBits, number)) || scoring.alive[number] === 0) return;
  const frequency = posting & MAX_FREQUENCY;
  const length = scoring.lengths[number * FIELD_COUNT + scoring.field]!;
  const value =
    scoring.scale *
    scoring.boosts[number]! *
    (BM25.d + (frequency * (BM25.k + 1)) / (frequency + scoring.base + scoring.lengthFactor * length));
  if (scoring.marks[number] !== pass.wordMark) {
    scoring.marks[number] = pass.wordMark;
    scoring.wordScores[number] = value;
    scoring.wordForms[number] = scoring.bit;
    scoring.wordSources[number] = scoring.source;
    if (pass.first) {
      scoring.touched[pass.touched] = number;
      pass.touched += 1;
    }
  } else {
    scoring.wordScores[number]! += value;
    scoring.wordForms[number]! |= scoring.bit;
    scoring.wordSources[number]! |= scoring.source;
  }
}

/**
 * `scorePosting` over a run of packed postings, with the loop and the posting's work in one
 * function: what is the same for the whole run is read once (a third less time per posting).
 */
function scoreRange(scoring: SlotScoring, packed: Uint32Array, start: number, end: number): void {
  const { pass, alive, lengths, boosts, marks, candidateBits, wordScores, wordForms, wordSources, touched } = scoring;
  const { first, wordMark } = pass;
  const { scale, base, lengthFactor, field, bit, source, anyRemoved } = scoring;
  const full = BM25.k + 1;
  let touchedCount = pass.touched;
  for (let at = start; at < end; at += 1) {
    const posting = packed[at]!;
    const number = posting >>> FREQUENCY_BITS;
    if ((!first && !isCandidate(candidateBits, number)) || (anyRemoved && alive[number] === 0)) continue;
    const frequency = posting & MAX_FREQUENCY;
    const value =
      scale *
      boosts[number]! *
      (BM25.d + (frequency * full) / (frequency + base + lengthFactor * lengths[number * FIELD_COUNT + field]!));
    if (marks[number] !== wordMark) {
      marks[number] = wordMark;
      wordScores[number] = value;
      wordForms[number] = bit;
      wordSources[number] = source;
      if (first) {
        touched[touchedCount] = number;
        touchedCount += 1;
      }
    } else {
      wordScores[number]! += value;
      wordForms[number]! |= bit;
      wordSources[number]! |= source;
    }
  }
  pass.touched = touchedCount;
}

/** The entries matching every word read so far (in the order the first word found them), with their scores and term bits. */
interface WordMatches {
  candidates: Int32Array;
  scores: Float64Array;
  sources: Uint32Array;
}

/**
 * The first word's matches, out of the scratch arrays, marked as the candidates the next words
 * narrow; with the forms of the word each holds.
 *
 * This and `narrowMatches` run once per match (tens of thousands for a common word): each is a
 * plain loop over typed arrays held in locals, outside any closure.
 */
function firstWordMatches(scratch: Scratch, count: number): WordMatches & { forms: Uint32Array } {
  const { candidateBits, wordScores, wordSources, wordForms, touched } = scratch;
  const candidates = touched.slice(0, count);
  const scores = new Float64Array(count);
  const sources = new Uint32Array(count);
  const forms = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    const number = candidates[index]!;
    markCandidate(candidateBits, number);
    scores[index] = wordScores[number]!;
    sources[index] = wordSources[number]!;
    forms[index] = wordForms[number]!;
  }
  return { candidates, scores, sources, forms };
}

/**
 * The matches so far that the word just read (`wordMark`) also matches, narrowed in place, its
 * scores and term bits added; with the forms of the word each holds, and where each kept match
 * was before (`kept`, for the earlier words' forms: see `keepAt`).
 */
function narrowMatches(
  scratch: Scratch,
  found: WordMatches,
  wordMark: number,
): WordMatches & { forms: Uint32Array; kept: Int32Array } {
  const { marks, candidateBits, wordScores, wordSources, wordForms } = scratch;
  const { candidates, scores, sources } = found;
  const forms = new Uint32Array(candidates.length);
  const kept = new Int32Array(candidates.length);
  let count = 0;
  for (let index = 0; index < candidates.length; index += 1) {
    const number = candidates[index]!;
    if (marks[number] !== wordMark) {
      unmarkCandidate(candidateBits, number);
      continue;
    }
    candidates[count] = number;
    scores[count] = scores[index]! + wordScores[number]!;
    sources[count] = sources[index]! | wordSources[number]!;
    forms[count] = wordForms[number]!;
    kept[count] = index;
    count += 1;
  }
  return {
    candidates: candidates.subarray(0, count),
    scores: scores.subarray(0, count),
    sources: sources.subarray(0, count),
    forms: forms.subarray(0, count),
    kept: kept.subarray(0, count),
  };
}

/** `values` narrowed in place as `narrowMatches` narrowed the matches: the ones at `kept`, in order. */
function keepAt(values: Uint32Array, kept: Int32Array): Uint32Array {
  for (let index = 0; index < kept.length; index += 1) values[index] = values[kept[index]!]!;
  return values.subarray(0, kept.length);
}

/** How many postings reading one by one costs as much as one binary search. */
const LOOKUP_COST = 16;

/** Where an entry's posting is in a slot's postings (in entry order), or -1. */
function findPosting(packed: Uint32Array, start: number, end: number, number: number): number {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = packed[middle]! >>> FREQUENCY_BITS;
    if (found === number) return middle;
    if (found < number) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

const grow = <T extends Uint8Array | Uint16Array | Float64Array>(array: T, size: number, make: (n: number) => T): T => {
  if (array.length >= size) return array;
  const grown = make(Math.max(size, array.length * 2, 64));
  grown.set(array);
  return grown;
};

/**
 * Each entry is indexed with an item of the caller's (the search entry it stands for): a match
 * gives it back without a lookup by id.
 */
export class Postings<Item> {
  private readonly vocabulary: SearchableMap<number>;
  private readonly termList: string[];
  /**
   * Term ids in the order of their terms (by code unit, as `<` compares them): the terms a
   * prefix expands to are one run of it, found by binary search. Walking the radix tree for a
   * two-letter prefix took a quarter of the query; sorting a few thousand terms at load takes
   * a millisecond or two.
   */
  private readonly termOrder: number[];
  private ids: string[];
  private items: Array<Item | undefined>;
  /** Entry numbers by id, made when first needed (an entry added or removed), not at load. */
  private numberByIdMap: Map<string, number> | null = null;
  private alive: Uint8Array;
  private lengths: Uint16Array;
  private boosts: Float64Array;
  private liveCount: number;
  private readonly lengthTotals = [0, 0];
  /** The packed block: postings of slot `term * 2 + field` at `offsets[slot]` to `offsets[slot + 1]`. */
  private offsets: Uint32Array;
  private packed: Uint32Array;
  /** Postings added since the last packing, by slot. */
  private overflow = new Map<number, number[]>();
  private overflowCount = 0;
  private deadCount = 0;
  // Scratch space for queries, kept between them (an entry's mark says which word last scored it).
  private marks = new Int32Array(0);
  private candidateBits = new Uint32Array(0);
  private wordScores = new Float64Array(0);
  private wordForms = new Uint32Array(0);
  private wordSources = new Uint32Array(0);
  private touched = new Int32Array(0);
  private epoch = 0;

  private constructor(stored: Omit<StoredPostings, 'format'> | null, itemsFor: (ids: readonly string[]) => Item[]) {
    this.termList = stored === null || stored.terms === '' ? [] : stored.terms.split('\n');
    this.vocabulary = new SearchableMap<number>();
    this.termList.forEach((term, id) => this.vocabulary.set(term, id));
    const terms = this.termList;
    this.termOrder = terms.map((_term, id) => id).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
    this.ids = stored === null || stored.ids === '' ? [] : stored.ids.split('\n');
    this.items = itemsFor(this.ids);
    this.liveCount = this.ids.length;
    this.alive = new Uint8Array(this.ids.length).fill(1);
    this.lengths = stored?.lengths ?? new Uint16Array(0);
    this.boosts = stored?.boosts ?? new Float64Array(0);
    this.offsets = stored?.offsets ?? new Uint32Array(1);
    this.packed = stored?.postings ?? new Uint32Array(0);
    for (let number = 0; number < this.ids.length; number += 1) {
      this.lengthTotals[0]! += this.lengths[number * FIELD_COUNT]!;
      this.lengthTotals[1]! += this.lengths[number * FIELD_COUNT + 1]!;
    }
  }

  static empty<Item>(): Postings<Item> {
    return new Postings<Item>(null, () => []);
  }

  /** Reads a stored form, checking that its parts agree (it is derived data: a bad one is rebuilt). */
  static load<Item>(stored: StoredPostings, itemsFor: (ids: readonly string[]) => Item[]): Postings<Item> {
    const arrays = [
      [stored?.offsets, Uint32Array],
      [stored?.postings, Uint32Array],
      [stored?.lengths, Uint16Array],
      [stored?.boosts, Float64Array],
    ] as const;
    if (
      stored?.format !== STORED_FORMAT ||
      typeof stored.ids !== 'string' ||
      typeof stored.terms !== 'string' ||
      !arrays.every(([array, type]) => array instanceof type)
    ) {
      throw new Error('search index: unknown stored format');
    }
    const postings = new Postings(stored, itemsFor);
    const entries = postings.ids.length;
    const slots = postings.termList.length * FIELD_COUNT;
    if (
      postings.offsets.length !== slots + 1 ||
      postings.offsets[slots] !== postings.packed.length ||
      postings.lengths.length !== entries * FIELD_COUNT ||
      postings.boosts.length !== entries
    ) {
      throw new Error('search index: stored parts disagree');
    }
    // One pass over the postings (milliseconds): each slot's in entry order (lookups rely on
    // it), each naming an entry there is.
    const { offsets, packed } = postings;
    for (let slot = 0; slot < slots; slot += 1) {
      const start = offsets[slot]!;
      const end = offsets[slot + 1]!;
      if (start > end) throw new Error('search index: offsets out of order');
      let previous = -1;
      for (let at = start; at < end; at += 1) {
        const number = packed[at]! >>> FREQUENCY_BITS;
        if (number <= previous) throw new Error('search index: postings out of order');
        previous = number;
      }
      if (previous >= entries) throw new Error('search index: a posting names no entry');
    }
    return postings;
  }

  get size(): number {
    return this.liveCount;
  }

  /** The items of the entries indexed. */
  liveItems(): Item[] {
    return this.items.filter((_item, number) => this.alive[number] === 1) as Item[];
  }

  has(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /** The stored form, packed first so that it holds no removed entry and no overflow. */
  store(): StoredPostings {
    if (this.overflowCount > 0 || this.deadCount > 0) this.pack();
    return {
      format: STORED_FORMAT,
      ids: this.ids.join('\n'),
      terms: this.termList.join('\n'),
      offsets: this.offsets,
      postings: this.packed,
      lengths: this.lengths.slice(0, this.ids.length * FIELD_COUNT),
      boosts: this.boosts.slice(0, this.ids.length),
    };
  }

  /** Adds an entry (its terms per field, repeated as often as they occur), replacing any of that id. */
  add(id: string, terms: Readonly<Record<FieldName, readonly string[]>>, boost: number, item: Item): void {
    this.remove(id);
    const number = this.ids.length;
    if (number >= MAX_ENTRIES) throw new Error(`search index: more than ${MAX_ENTRIES} entries`);
    this.ids.push(id);
    this.items.push(item);
    this.numberById().set(id, number);
    this.alive = grow(this.alive, number + 1, (n) => new Uint8Array(n));
    this.alive[number] = 1;
    this.lengths = grow(this.lengths, (number + 1) * FIELD_COUNT, (n) => new Uint16Array(n));
    this.boosts = grow(this.boosts, number + 1, (n) => new Float64Array(n));
    this.boosts[number] = boost;
    this.liveCount += 1;
    FIELDS.forEach((field, fieldNumber) => {
      const frequencies = new Map<string, number>();
      for (const term of terms[field]) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      const length = Math.min(frequencies.size, MAX_FIELD_LENGTH);
      this.lengths[number * FIELD_COUNT + fieldNumber] = length;
      this.lengthTotals[fieldNumber]! += length;
      for (const [term, frequency] of frequencies) {
        const slot = this.termId(term) * FIELD_COUNT + fieldNumber;
        const list = this.overflow.get(slot);
        const posting = (number << FREQUENCY_BITS) | Math.min(frequency, MAX_FREQUENCY);
        if (list) list.push(posting);
        else this.overflow.set(slot, [posting]);
        this.overflowCount += 1;
      }
    });
  }

  remove(id: string): void {
    const number = this.numberById().get(id);
    if (number === undefined) return;
    this.numberById().delete(id);
    this.alive[number] = 0;
    this.items[number] = undefined;
    this.liveCount -= 1;
    this.deadCount += 1;
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      this.lengthTotals[field]! -= this.lengths[number * FIELD_COUNT + field]!;
    }
  }

  /**
   * Packs now if what was added or removed since the last packing weighs enough on queries
   * (a removed entry is skipped at each match; overflow postings are read from Maps).
   */
  tidy(): void {
    const overflowing = this.overflowCount > Math.max(100_000, this.packed.length / 4);
    const dead = this.deadCount > Math.max(1_000, this.ids.length / 10);
    if (overflowing || dead) this.pack();
  }

  /**
   * The entries holding every word (any of its forms), scored: a form's score in a field is
   * BM25+ times the form's boost and the entry's, a prefix or near-spelling match weighted down
   * as MiniSearch weighs it; a word's score is its forms' sum, and a match's its words' sum
   * times the number of distinct query terms it holds.
   */
  match(words: readonly WordQuery[], weights: MatchWeights): Matches<Item> {
    this.prepareScratch();
    const forms: Uint32Array[] = words.map(() => new Uint32Array(0));
    /** For each word, the terms it was found by beyond its forms (prefixes, near spellings). */
    const expanded = words.map(() => [] as number[]);
    // A word being typed (a prefix) matches many terms: read it last, when only the entries
    // holding the other words are still scored.
    // The rarest word first: the fewer entries it finds, the fewer the others must score.
    const weight = words.map((query) => (isPrefix(query) ? Infinity : this.postingCount(query)));
    const order = words.map((_word, index) => index).sort((a, b) => weight[a]! - weight[b]! || a - b);
    // MiniSearch multiplies a match's score by how many of the query's distinct terms it
    // holds (any way: as they are, by a prefix, by a near spelling): one bit per distinct term.
    const termBits = new Map<string, number>();
    const sourceBits = words.map((query) =>
      query.forms.map((form) => {
        if (!termBits.has(form.term)) termBits.set(form.term, termBits.size < 32 ? 2 ** termBits.size : 0);
        return termBits.get(form.term)!;
      }),
    );
    let found: WordMatches = {
      candidates: new Int32Array(0),
      scores: new Float64Array(0),
      sources: new Uint32Array(0),
    };
    for (let step = 0; step < order.length; step += 1) {
      const wordNumber = order[step]!;
      const pass: WordPass = {
        first: step === 0,
        wordMark: ++this.epoch,
        touched: 0,
        candidates: found.candidates,
      };
      this.matchWord(words[wordNumber]!, weights, pass, expanded[wordNumber]!, sourceBits[wordNumber]!);
      if (pass.first) {
        const first = firstWordMatches(this.scratch(), pass.touched);
        forms[wordNumber] = first.forms;
        found = first;
        continue;
      }
      // Matches of every word so far are kept in place (a kept one never moves forward).
      const narrowed = narrowMatches(this.scratch(), found, pass.wordMark);
      for (const previous of order.slice(0, step)) forms[previous] = keepAt(forms[previous]!, narrowed.kept);
      forms[wordNumber] = narrowed.forms;
      found = narrowed;
    }
    const { candidates, scores, sources } = found;
    // This query's candidates must not count as the next query's.
    this.candidateBits.fill(0);
    for (let index = 0; index < scores.length; index += 1) scores[index]! *= Math.max(1, bitCount(sources[index]!));
    return {
      count: candidates.length,
      scores,
      itemAt: (position) => this.items[candidates[position]!]!,
      forms,
      expandedTerms: (positions) => this.expandedTermsOf(positions, candidates, expanded),
    };
  }

  /**
   * Which of the terms found beyond the words' forms each of a few matches holds: their
   * postings read once more, for those matches only (noting them at scoring time would cost
   * two writes for each of the hundreds of thousands of postings a short prefix reads).
   */
  private expandedTermsOf(
    positions: readonly number[],
    candidates: Int32Array,
    expanded: ReadonlyArray<readonly number[]>,
  ): Map<number, Set<string>> {
    const found = new Map<number, Set<string>>();
    if (expanded.every((terms) => terms.length === 0)) return found;
    const positionByNumber = new Map(positions.map((position) => [candidates[position]!, position]));
    const shownMark = ++this.epoch;
    for (const number of positionByNumber.keys()) this.marks[number] = shownMark;
    for (const termId of new Set(expanded.flat())) {
      for (let field = 0; field < FIELD_COUNT; field += 1) {
        this.forEachPosting(termId * FIELD_COUNT + field, (posting) => {
          const number = posting >>> FREQUENCY_BITS;
          if (this.marks[number] !== shownMark) return;
          const position = positionByNumber.get(number)!;
          const terms = found.get(position) ?? new Set<string>();
          terms.add(this.termList[termId]!);
          found.set(position, terms);
        });
      }
    }
    return found;
  }

  private forEachPosting(slot: number, visit: (posting: number) => void): void {
    if (slot + 1 < this.offsets.length) {
      const end = this.offsets[slot + 1]!;
      for (let at = this.offsets[slot]!; at < end; at += 1) visit(this.packed[at]!);
    }
    const overflow = this.overflow.get(slot);
    if (overflow) for (const posting of overflow) visit(posting);
  }

  /** How many entries hold each term (in any field), for a word's near spellings. */
  nearTerms(term: string, maxDistance: number): Array<{ term: string; distance: number; entries: number }> {
    return [...this.vocabulary.fuzzyGet(term, maxDistance)].map(([found, [id, distance]]) => ({
      term: found,
      distance,
      entries: FIELDS.reduce((sum, _field, field) => sum + this.slotSize(id * FIELD_COUNT + field), 0),
    }));
  }

  private matchWord(
    word: WordQuery,
    weights: MatchWeights,
    pass: WordPass,
    expanded: number[],
    sourceBits: readonly number[],
  ): void {
    word.forms.forEach((form, formNumber) => {
      const bits = { form: formNumber < 32 ? 2 ** formNumber : 0, source: sourceBits[formNumber]! };
      const exact = this.vocabulary.get(form.term);
      if (exact !== undefined) this.scoreTerm(exact, form, form.boost, bits, pass);
      const prefixed = new Set<string>();
      if (form.prefix) {
        const { termList, termOrder } = this;
        for (let at = this.firstTermFrom(form.term); at < termOrder.length; at += 1) {
          const id = termOrder[at]!;
          const term = termList[id]!;
          if (!term.startsWith(form.term)) break;
          const distance = term.length - form.term.length;
          if (distance === 0) continue;
          prefixed.add(term);
          expanded.push(id);
          const weight = (weights.prefix * term.length) / (term.length + 0.3 * distance);
          this.scoreTerm(id, form, form.boost * weight, { form: 0, source: bits.source }, pass);
        }
      }
      if (form.fuzzy > 0) {
        for (const [term, [id, distance]] of this.vocabulary.fuzzyGet(form.term, form.fuzzy)) {
          if (distance === 0 || prefixed.has(term)) continue;
          expanded.push(id);
          const weight = (weights.fuzzy * term.length) / (term.length + distance);
          this.scoreTerm(id, form, form.boost * weight, { form: 0, source: bits.source }, pass);
        }
      }
    });
  }

  /** Adds a term's scores in the form's fields; `bits` are the form's (when found as it is) and its term's. */
  private scoreTerm(
    termId: number,
    form: FormQuery,
    weight: number,
    bits: { form: number; source: number },
    pass: WordPass,
  ): void {
    for (const field of form.fields) {
      const fieldNumber = fieldIndex(field);
      const slot = termId * FIELD_COUNT + fieldNumber;
      const df = this.slotSize(slot);
      if (df === 0) continue;
      // BM25+, with what is the same for every posting of the slot worked out once.
      const idf = Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
      const average = Math.max(this.lengthTotals[fieldNumber]! / Math.max(1, this.liveCount), 1e-9);
      const scoring: SlotScoring = {
        pass,
        scale: weight * idf,
        lengthFactor: (BM25.k * BM25.b) / average,
        base: BM25.k * (1 - BM25.b),
        field: fieldNumber,
        bit: bits.form,
        source: bits.source,
        anyRemoved: this.deadCount > 0,
        alive: this.alive,
        lengths: this.lengths,
        boosts: this.boosts,
        marks: this.marks,
        candidateBits: this.candidateBits,
        wordScores: this.wordScores,
        wordForms: this.wordForms,
        wordSources: this.wordSources,
        touched: this.touched,
      };
      if (slot + 1 < this.offsets.length) {
        const { packed } = this;
        const start = this.offsets[slot]!;
        const end = this.offsets[slot + 1]!;
        // Few entries left to score and a long list: each is looked up in it (it is in entry
        // order) rather than the whole list read.
        if (!pass.first && pass.candidates.length * LOOKUP_COST < end - start) {
          for (const number of pass.candidates) {
            const at = findPosting(packed, start, end, number);
            if (at >= 0) scorePosting(scoring, packed[at]!);
          }
        } else {
          scoreRange(scoring, packed, start, end);
        }
      }
      const overflow = this.overflow.get(slot);
      if (overflow) for (const posting of overflow) scorePosting(scoring, posting);
    }
  }

  /** How many postings a word's forms have as they are (how much reading it first would cost). */
  private postingCount(word: WordQuery): number {
    let count = 0;
    for (const form of word.forms) {
      const id = this.vocabulary.get(form.term);
      if (id !== undefined)
        for (const field of form.fields) count += this.slotSize(id * FIELD_COUNT + fieldIndex(field));
    }
    return count;
  }

  private slotSize(slot: number): number {
    const packed = slot + 1 < this.offsets.length ? this.offsets[slot + 1]! - this.offsets[slot]! : 0;
    return packed + (this.overflow.get(slot)?.length ?? 0);
  }

  private termId(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termOrder.splice(this.firstTermFrom(term), 0, id);
      this.termList.push(term);
      this.vocabulary.set(term, id);
    }
    return id;
  }

  /** Where `term` is, or would go, in `termOrder`: the first place whose term is not before it. */
  private firstTermFrom(term: string): number {
    const { termList, termOrder } = this;
    let low = 0;
    let high = termOrder.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (termList[termOrder[middle]!]! < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private numberById(): Map<string, number> {
    if (this.numberByIdMap === null) {
      this.numberByIdMap = new Map();
      this.ids.forEach((id, number) => {
        if (this.alive[number] === 1) this.numberByIdMap!.set(id, number);
      });
    }
    return this.numberByIdMap;
  }

  private scratch(): Scratch {
    const { marks, candidateBits, wordScores, wordForms, wordSources, touched } = this;
    return { marks, candidateBits, wordScores, wordForms, wordSources, touched };
  }

  private prepareScratch(): void {
    const size = this.ids.length;
    if (this.marks.length >= size) return;
    const capacity = Math.max(size, this.marks.length * 2, 1024);
    const marks = new Int32Array(capacity);
    marks.set(this.marks);
    this.marks = marks;
    this.candidateBits = new Uint32Array(Math.ceil(capacity / 32));
    this.wordScores = new Float64Array(capacity);
    this.wordForms = new Uint32Array(capacity);
    this.wordSources = new Uint32Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  /** One packed block again, from the packed block and the overflow, without removed entries. */
  private pack(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const items: Item[] = [];
    for (let number = 0; number < this.ids.length; number += 1) {
      if (this.alive[number] === 0) continue;
      renumber[number] = ids.length;
      ids.push(this.ids[number]!);
      items.push(this.items[number]!);
    }
    const slots = this.termList.length * FIELD_COUNT;
    const offsets = new Uint32Array(slots + 1);
    const live = (posting: number): boolean => renumber[posting >>> FREQUENCY_BITS]! >= 0;
    for (let slot = 0; slot < slots; slot += 1) {
      let count = 0;
      if (slot + 1 < this.offsets.length) {
        for (let at = this.offsets[slot]!; at < this.offsets[slot + 1]!; at += 1)
          if (live(this.packed[at]!)) count += 1;
      }
      for (const posting of this.overflow.get(slot) ?? []) if (live(posting)) count += 1;
      offsets[slot + 1] = offsets[slot]! + count;
    }
    const packed = new Uint32Array(offsets[slots]!);
    let at = 0;
    const put = (posting: number): void => {
      const number = renumber[posting >>> FREQUENCY_BITS]!;
      if (number < 0) return;
      packed[at] = (number << FREQUENCY_BITS) | (posting & MAX_FREQUENCY);
      at += 1;
    };
    for (let slot = 0; slot < slots; slot += 1) {
      if (slot + 1 < this.offsets.length) {
        for (let from = this.offsets[slot]!; from < this.offsets[slot + 1]!; from += 1) put(this.packed[from]!);
      }
      for (const posting of this.overflow.get(slot) ?? []) put(posting);
    }
    const lengths = new Uint16Array(ids.length * FIELD_COUNT);
    const boosts = new Float64Array(ids.length);
    renumber.forEach((number, old) => {
      if (number < 0) return;
      lengths[number * FIELD_COUNT] = this.lengths[old * FIELD_COUNT]!;
      lengths[number * FIELD_COUNT + 1] = this.lengths[old * FIELD_COUNT + 1]!;
      boosts[number] = this.boosts[old]!;
    });
    this.ids = ids;
    this.items = items;
    this.numberByIdMap = null;
    this.alive = new Uint8Array(ids.length).fill(1);
    this.lengths = lengths;
    this.boosts = boosts;
    this.offsets = offsets;
    this.packed = packed;
    this.overflow = new Map();
    this.overflowCount = 0;
    this.deadCount = 0;
    // Marks from before refer to old numbers.
    this.marks = new Int32Array(0);
    this.candidateBits = new Uint32Array(0);
  }
}
