import { describe, expect, it } from 'vitest';
import { glossaryTermRanges } from '../../../../renderer/src/reader/text-layers/glossary-term-ranges';
import { GCM, glossaryEntries, matchFrenchTerms } from './glossary-fixture';

describe('glossaryTermRanges', () => {
  it('gives each term the matcher found as a range, with the entry that explains it', () => {
    expect(glossaryTermRanges(matchFrenchTerms('Le GCM et le Pacte mondial'), glossaryEntries)).toEqual([
      { layer: 'glossary-term', start: 3, end: 6, data: { term: 'GCM', entry: GCM } },
      { layer: 'glossary-term', start: 13, end: 26, data: { term: 'Pacte mondial', entry: GCM } },
    ]);
  });

  it('leaves a match whose entry is not in the glossary as plain text', () => {
    const stale = [{ start: 0, end: 3, term: 'XYZ', entryId: 'gone' }];
    expect(glossaryTermRanges(stale, glossaryEntries)).toEqual([]);
  });

  it('gives nothing when nothing matched', () => {
    expect(glossaryTermRanges([], glossaryEntries)).toEqual([]);
  });
});
