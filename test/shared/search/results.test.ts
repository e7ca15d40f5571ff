import { describe, expect, it } from 'vitest';
import { corpusAcronyms, corpusEntries } from '@shared/search/corpus';
import { groupResults } from '@shared/search/results';
import { SearchIndex } from '@shared/search/search-index';
import { bundledDataset } from '../../dataset-fixture';

const dataset = bundledDataset();
const index = SearchIndex.build(corpusEntries(dataset), corpusAcronyms(dataset));

describe('groupResults', () => {
  it('groups hits by document, the best group first', () => {
    const groups = groupResults(index.search('Vitorino coopération '), 'fr');
    expect(groups[0]?.docId).toBe('bapa40-south-south-cooperation');
    expect(new Set(groups.map((group) => group.docId)).size).toBe(groups.length);
  });

  it('shows a hit in the preferred language with its matches marked', () => {
    const [group] = groupResults(index.search('processus prague '), 'fr');
    const [hit] = group!.hits;
    expect(hit).toMatchObject({ language: 'fr', crossLingual: false });
    expect(hit!.snippet.ranges.map((range) => hit!.snippet.text.slice(range.start, range.end))).toEqual([
      'Processus',
      'Prague',
    ]);
  });

  it('marks a hit found only through the other language’s text', () => {
    const [group] = groupResults(index.search('Eastern Partnership Panel '), 'fr');
    expect(group!.hits[0]).toMatchObject({ language: 'fr', crossLingual: true });
  });
});
