import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acronymMap } from '@shared/search/acronyms';
import type { SearchEntry } from '@shared/search/entries';
import { SearchIndex } from '@shared/search/search-index';

function entry(id: string, fr: string | null, en: string | null, extra: Partial<SearchEntry> = {}): SearchEntry {
  const [docId = id, passageId = null] = id.split('#');
  return {
    id,
    docId,
    source: 'document',
    kind: 'paragraph',
    passageId,
    blockId: passageId,
    order: 0,
    docKind: 'news',
    year: 2024,
    sections: [],
    text: { fr, en },
    ...extra,
  };
}

const ENTRIES = [
  entry('a#p1', 'Les migrants disparus en mer', 'Missing migrants at sea'),
  entry('a#p2', 'La coopération Sud-Sud progresse', 'South-South cooperation moves forward', { year: 2019 }),
  entry('b#h1', 'Coopération régionale', 'Regional cooperation', {
    kind: 'heading',
    docKind: 'reference',
    sections: ['h-1'],
  }),
  entry('b#p3', 'Une coopération entre régions', null, { docKind: 'reference', sections: ['h-1'] }),
  entry('c#p4', 'Le FNUAP et la population', 'UNFPA and population', { docKind: 'press-release' }),
];
const ACRONYMS = acronymMap([{ kind: 'acronym', terms: { fr: ['FNUAP'], en: ['UNFPA'] } }]);
const ids = (index: SearchIndex, query: string, options = {}) =>
  index.search(query, options).hits.map((hit) => hit.entry.id);

describe('SearchIndex', () => {
  const index = SearchIndex.build(ENTRIES, ACRONYMS);

  it('requires every word of the query', () => {
    expect(ids(index, 'migrants sea ')).toEqual(['a#p1']);
  });

  it('finds an entry through either language', () => {
    expect(ids(index, 'disparus ')).toEqual(['a#p1']);
    expect(ids(index, 'missing ')).toEqual(['a#p1']);
  });

  it('ranks a heading above a passage that uses the same word as often', () => {
    expect(ids(index, 'régionale ')[0]).toBe('b#h1');
  });

  it('looks for near spellings of a word only when the index does not hold it as typed', () => {
    const meetings = [
      entry('d#p1', 'Réunion à Banjul', 'Meeting in Banjul'),
      entry('d#p2', 'Réunion à Banjil', 'Meeting in Banjil'),
    ];
    const places = SearchIndex.build(meetings, ACRONYMS);
    expect(ids(places, 'banjul ')).toEqual(['d#p1']);
    expect(ids(places, 'banjal ').toSorted()).toEqual(['d#p1', 'd#p2']);
    // The same after a restart, from the stored index.
    const loaded = SearchIndex.load(places.serialize(), meetings, ACRONYMS);
    expect(ids(loaded, 'banjul ')).toEqual(['d#p1']);
    expect(ids(loaded, 'banjal ').toSorted()).toEqual(['d#p1', 'd#p2']);
  });

  it('keeps only the entries holding a quoted phrase, in order', () => {
    expect(ids(index, '"coopération Sud-Sud"')).toEqual(['a#p2']);
    expect(ids(index, '"Sud coopération"')).toEqual([]);
  });

  it('filters by kind of document, year and section', () => {
    expect(ids(index, 'cooperation ', { filters: { kinds: ['reference'] } }).sort()).toEqual(['b#h1', 'b#p3']);
    expect(ids(index, 'cooperation ', { filters: { years: [2019] } })).toEqual(['a#p2']);
    expect(ids(index, 'cooperation ', { filters: { sections: ['h-1'] } }).sort()).toEqual(['b#h1', 'b#p3']);
  });

  it('finds an acronym through its form in the other language', () => {
    expect(ids(index, 'UNFPA ')).toEqual(['c#p4']);
  });

  it('returns at most the limit, and says how many matched', () => {
    const outcome = index.search('cooperation ', { limit: 1 });
    expect(outcome.hits).toHaveLength(1);
    expect(outcome.total).toBe(3);
  });

  it('answers a query with no word with no hit', () => {
    expect(index.search('?! ').hits).toEqual([]);
  });

  it('comes back from its persisted form answering the same', () => {
    const loaded = SearchIndex.load(index.serialize(), ENTRIES, ACRONYMS);
    for (const query of ['migrants sea ', 'cooper', '"coopération Sud-Sud"', 'UNFPA ']) {
      expect(ids(loaded, query)).toEqual(ids(index, query));
    }
  });

  it('refuses a persisted form made from other entries than those it is given', () => {
    expect(() => SearchIndex.load(index.serialize(), ENTRIES.slice(1), ACRONYMS)).toThrow(/no entry a#p1/);
  });

  it('keeps answering the same through many documents added and removed (the index packs itself)', () => {
    const changing = SearchIndex.build(ENTRIES, ACRONYMS);
    for (let round = 0; round < 1_500; round += 1) {
      changing.add([entry(`n${round}#p`, `Note ${round} sur Almaty`, null)]);
      if (round % 3 !== 0) changing.remove(`n${round}`);
    }
    expect(changing.size).toBe(ENTRIES.length + 500);
    expect(changing.search('Almaty ').total).toBe(500);
    expect(ids(changing, 'migrants sea ')).toEqual(['a#p1']);
    expect(
      ids(
        SearchIndex.load(
          changing.serialize(),
          [
            ...ENTRIES,
            ...Array.from({ length: 500 }, (_unused, third) =>
              entry(`n${third * 3}#p`, `Note ${third * 3} sur Almaty`, null),
            ),
          ],
          ACRONYMS,
        ),
        'migrants sea ',
      ),
    ).toEqual(['a#p1']);
  });

  it('takes a document in and out without rebuilding the rest', () => {
    const changing = SearchIndex.build(ENTRIES, ACRONYMS);
    changing.add([entry('d#p5', 'Notes personnelles sur Almaty', 'Personal notes on Almaty')]);
    expect(ids(changing, 'Almaty ')).toEqual(['d#p5']);
    changing.remove('d');
    expect(ids(changing, 'Almaty ')).toEqual([]);
    expect(ids(changing, 'migrants sea ')).toEqual(['a#p1']);
    expect(changing.size).toBe(ENTRIES.length);
  });

  it('suggests the nearest indexed word for a query that found nothing', () => {
    expect(index.suggest('migrents ')).toBe('migrants');
    expect(index.suggest('migrants ')).toBeNull();
  });

  it('shows the same first hits with a limit as without one (the bonus for words in order is weighed only where it can matter)', () => {
    const words = ['migrants', 'mer', 'coopération', 'régionale', 'Sahel', 'dialogue'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(
        // Fewer entries than the candidates weighed for that bonus: without a limit, every one is.
        fc.array(fc.tuple(text, fc.constantFrom('paragraph', 'heading') as fc.Arbitrary<'paragraph' | 'heading'>), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)),
        fc.integer({ min: 1, max: 8 }),
        (texts, [first, second], limit) => {
          const corpus = texts.map(([fr, kind], at) => entry(`d${at}#p`, fr, null, { kind, order: at }));
          const searched = SearchIndex.build(corpus, ACRONYMS);
          const query = `${first} ${second} `;
          const hits = (options: { limit?: number }) =>
            searched.search(query, options).hits.map((hit) => [hit.entry.id, hit.score, hit.phrase]);
          expect(hits({ limit })).toEqual(hits({}).slice(0, limit));
        },
      ),
      { numRuns: 200 },
    );
  });
});
