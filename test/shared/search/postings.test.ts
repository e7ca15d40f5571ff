import * as fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { Postings, type FieldName, type StoredPostings, type WordQuery } from '@shared/search/postings';

type Doc = { id: string; fr: string[]; en: string[]; boost: number };

const WEIGHTS = { prefix: 0.6, fuzzy: 0.3 };
const VOCABULARY = ['migrant', 'migrants', 'migration', 'mer', 'sea', 'sud', 'south', 'region', 'regional', 'banjul'];

const word = (term: string, options: { prefix?: boolean; fuzzy?: number } = {}): WordQuery => ({
  forms: [
    { term, fields: ['fr', 'en'], boost: 1.5, prefix: options.prefix ?? false, fuzzy: options.fuzzy ?? 0 },
    { term: term.slice(0, -1), fields: ['fr'], boost: 1, prefix: false, fuzzy: 0 },
  ],
});

/** Items as the ids themselves. */
const sameIds = (ids: readonly string[]): string[] => [...ids];

function built(docs: readonly Doc[]): Postings<string> {
  const postings = Postings.empty<string>();
  for (const doc of docs) postings.add(doc.id, { fr: doc.fr, en: doc.en }, doc.boost, doc.id);
  return postings;
}

/** Each match's id and score. */
function scored(postings: Postings<string>, words: readonly WordQuery[]): Map<string, number> {
  const matches = postings.match(words, WEIGHTS);
  return new Map(Array.from({ length: matches.count }, (_unused, at) => [matches.itemAt(at), matches.scores[at]!]));
}

/** The same query through MiniSearch itself, which the postings score as. */
function miniSearchScores(docs: readonly Doc[], words: readonly WordQuery[]): Map<string, number> {
  const boosts = new Map(docs.map((doc) => [doc.id, doc.boost]));
  const engine = new MiniSearch<Doc>({
    fields: ['fr', 'en'],
    extractField: (doc, field) => (field === 'id' ? doc.id : doc[field as FieldName].join(' ')),
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: (term) => term,
  });
  engine.addAll(docs);
  const results = engine.search(
    {
      combineWith: 'AND',
      queries: words.map((query) => ({
        combineWith: 'OR',
        queries: query.forms.map((form) => ({
          queries: [form.term],
          fields: [...form.fields],
          prefix: form.prefix,
          fuzzy: form.fuzzy,
          boost: Object.fromEntries(form.fields.map((field) => [field, form.boost])),
        })),
      })),
    },
    { weights: WEIGHTS, boostDocument: (id) => boosts.get(id) ?? 1 },
  );
  return new Map(results.map((result) => [result.id as string, result.score]));
}

const expectSameScores = (actual: Map<string, number>, expected: Map<string, number>): void => {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 9);
};

const docArbitrary = fc.record({
  fr: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 8 }),
  en: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 8 }),
  boost: fc.constantFrom(0.5, 1, 1.4),
});
const corpusArbitrary = fc
  .array(docArbitrary, { minLength: 1, maxLength: 12 })
  .map((docs) => docs.map((doc, index) => ({ ...doc, id: `e${index}` })));
const queryArbitrary = fc.array(
  fc.record({ term: fc.constantFrom(...VOCABULARY, 'mig', 'migrnt', 'regon'), prefix: fc.boolean(), fuzzy: fc.nat(2) }),
  { minLength: 1, maxLength: 3 },
);

describe('Postings', () => {
  it('scores every match as MiniSearch does: BM25+, boosts, prefixes and near spellings (fast-check)', () => {
    fc.assert(
      fc.property(corpusArbitrary, queryArbitrary, (docs, query) => {
        const words = query.map(({ term, prefix, fuzzy }) => word(term, { prefix, fuzzy }));
        expectSameScores(scored(built(docs), words), miniSearchScores(docs, words));
      }),
      { numRuns: 300 },
    );
  });

  it('expands prefixes as MiniSearch does to terms loaded and terms added since (fast-check)', () => {
    // The words a prefix starts are a run of the sorted terms: loaded ones, and new ones put in place.
    fc.assert(
      fc.property(corpusArbitrary, corpusArbitrary, queryArbitrary, (loaded, added, query) => {
        const words = query.map(({ term }) => word(term, { prefix: true }));
        const later = added.map((doc) => ({ ...doc, id: `later-${doc.id}`, fr: [...doc.fr, 'mia', 'mzz', 'a'] }));
        const postings = Postings.load(built(loaded).store(), sameIds);
        for (const doc of later) postings.add(doc.id, { fr: doc.fr, en: doc.en }, doc.boost, doc.id);
        expectSameScores(scored(postings, words), miniSearchScores([...loaded, ...later], words));
      }),
      { numRuns: 200 },
    );
  });

  it('scores as MiniSearch does when a rare word leaves few entries for a common one to score', () => {
    // The common word's long list is then searched entry by entry rather than read whole.
    const docs: Doc[] = Array.from({ length: 400 }, (_unused, index) => ({
      id: `e${index}`,
      fr: index % 97 === 0 ? ['migrant', 'banjul'] : ['migrant', 'mer'],
      en: index % 2 === 0 ? ['sea', 'migrant'] : [],
      boost: 1,
    }));
    const words = [word('migrant'), word('banjul')];
    expect([...scored(built(docs), words).keys()].sort()).toEqual(['e0', 'e194', 'e291', 'e388', 'e97']);
    expectSameScores(scored(built(docs), words), miniSearchScores(docs, words));
  });

  it('says which forms of each word a match holds as they are, and which longer words', () => {
    const postings = built([
      { id: 'e0', fr: ['migrants', 'migrant'], en: [], boost: 1 },
      { id: 'e1', fr: ['migration'], en: [], boost: 1 },
    ]);
    const matches = postings.match([word('migrants', { prefix: true }), word('migr', { prefix: true })], WEIGHTS);
    const at = Array.from({ length: matches.count }, (_unused, position) => matches.itemAt(position)).indexOf('e0');
    expect(matches.forms[0]![at]).toBe(0b11);
    expect(matches.expandedTerms([at]).get(at)).toEqual(new Set(['migrants', 'migrant']));
  });

  it('answers as a fresh index after entries are removed and added, once packed', () => {
    const docs: Doc[] = [
      { id: 'a', fr: ['migrant', 'mer'], en: ['sea'], boost: 1 },
      { id: 'b', fr: ['migrant'], en: [], boost: 1 },
      { id: 'c', fr: ['sud'], en: ['south'], boost: 1.4 },
    ];
    const changing = built(docs);
    changing.remove('b');
    changing.add('d', { fr: ['migrant', 'sud'], en: [] }, 1, 'd');
    changing.add('a', { fr: ['mer'], en: ['sea'] }, 1, 'a');
    const fresh = built([
      docs[2]!,
      { id: 'd', fr: ['migrant', 'sud'], en: [], boost: 1 },
      { id: 'a', fr: ['mer'], en: ['sea'], boost: 1 },
    ]);
    const query = [word('migrant'), word('sud')];
    expect([...scored(changing, query).keys()]).toEqual(['d']);
    expectSameScores(scored(Postings.load(changing.store(), sameIds), query), scored(fresh, query));
    expect(changing.size).toBe(3);
  });

  it('loads its stored form to the same answers', () => {
    const docs: Doc[] = [
      { id: 'a', fr: ['migrant', 'mer'], en: ['sea'], boost: 1 },
      { id: 'b', fr: ['migration'], en: ['migration'], boost: 1.5 },
    ];
    const query = [word('migr', { prefix: true })];
    expectSameScores(
      scored(Postings.load(structuredClone(built(docs).store()), sameIds), query),
      scored(built(docs), query),
    );
  });

  it.each<[string, (stored: StoredPostings) => unknown]>([
    ['a string (the form before)', () => '{"index":[]}'],
    ['another format', (stored) => ({ ...stored, format: 2 })],
    ['offsets that do not cover the postings', (stored) => ({ ...stored, offsets: stored.offsets.slice(1) })],
    [
      'a posting naming an entry there is not',
      (stored) => ({ ...stored, postings: stored.postings.map(() => 0xffffff00) }),
    ],
    [
      'offsets out of order',
      (stored) => ({ ...stored, offsets: stored.offsets.map((offset, at) => (at === 1 ? 1e6 : offset)) }),
    ],
    [
      'postings out of entry order',
      (stored) => {
        // The first slot holding two entries, its two postings swapped.
        const slot = stored.offsets.findIndex((offset, at) => stored.offsets[at + 1]! - offset >= 2);
        const postings = stored.postings.slice();
        const at = stored.offsets[slot]!;
        [postings[at], postings[at + 1]] = [postings[at + 1]!, postings[at]!];
        return { ...stored, postings };
      },
    ],
    ['lengths for fewer entries', (stored) => ({ ...stored, lengths: stored.lengths.slice(2) })],
    ['arrays of another kind', (stored) => ({ ...stored, postings: Array.from(stored.postings) })],
    ['__proto__ keys', (stored) => JSON.parse(`{"__proto__":{"format":1},"ids":${JSON.stringify(stored.ids)}}`)],
  ])('refuses a damaged stored form: %s', (_case, damage) => {
    const stored = built([
      { id: 'a', fr: ['migrant', 'mer', 'sud'], en: ['sea'], boost: 1 },
      { id: 'b', fr: ['sud'], en: [], boost: 1 },
    ]).store();
    expect(() => Postings.load(damage(stored) as StoredPostings, sameIds)).toThrow(/search index/);
  });
});
