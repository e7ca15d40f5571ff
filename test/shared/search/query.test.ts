import { describe, expect, it } from 'vitest';
import { acronymMap } from '@shared/search/acronyms';
import { MAX_QUERY_LENGTH, parseQuery } from '@shared/search/query';

const acronyms = acronymMap([
  { kind: 'acronym', terms: { fr: ['PCR'], en: ['RCP', 'RCPs'] } },
  { kind: 'name', terms: { fr: ['Processus de Prague'], en: ['Prague Process'] } },
]);

describe('parseQuery', () => {
  it('reads each word in its folded form and its stem in both languages', () => {
    expect(parseQuery('Réunions ').words).toEqual([
      { word: 'reunions', stems: { fr: 'reunion', en: 'reunion' }, acronyms: [], prefix: false },
    ]);
  });

  it('treats the last word as still being typed unless something follows it', () => {
    expect(parseQuery('migration Osotim').words.map((word) => word.prefix)).toEqual([false, true]);
    expect(parseQuery('migration Osotim ').words.map((word) => word.prefix)).toEqual([false, false]);
  });

  it('gives an acronym its forms in the other language, from the glossary', () => {
    expect(parseQuery('RCP ', acronyms).words[0]?.acronyms).toEqual(['pcr', 'rcps']);
    expect(parseQuery('pcr ', acronyms).words[0]?.acronyms).toEqual(['rcp', 'rcps']);
  });

  it('reads quoted phrases in straight, curly and French quotation marks', () => {
    expect(parseQuery('"human face" « coopération Sud-Sud » “Los Angeles”').phrases).toEqual([
      ['human', 'face'],
      ['cooperation', 'sud', 'sud'],
      ['los', 'angeles'],
    ]);
  });

  it('leaves finished stop words out and says which', () => {
    const query = parseQuery('the les migrants ');
    expect(query.words.map((word) => word.word)).toEqual(['migrants']);
    expect(query.stopWords).toEqual(['the', 'les']);
  });

  it('removes control and format characters (a right-to-left override among them)', () => {
    expect(parseQuery('mig\u202erants\u0000 ').text).toBe('mig rants ');
  });

  it(`cuts a query longer than ${MAX_QUERY_LENGTH} characters, and says so`, () => {
    const query = parseQuery('a'.repeat(10_000));
    expect(query.text).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.truncated).toBe(true);
  });

  it('asks for a word typed twice only once', () => {
    expect(parseQuery('migration migration ').words).toHaveLength(1);
  });
});
