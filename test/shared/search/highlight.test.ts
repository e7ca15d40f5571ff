import { describe, expect, it } from 'vitest';
import { matchRanges, snippetOf } from '@shared/search/highlight';

describe('matchRanges', () => {
  it('finds the words matching a term as written or by stem', () => {
    const text = "Les migrants et l'OIM";
    expect(matchRanges(text, 'fr', ['migr', 'oim'])).toEqual([
      { start: 4, end: 12 },
      { start: 18, end: 21 },
    ]);
  });

  it('finds nothing without terms', () => {
    expect(matchRanges('migrants', 'fr', [])).toEqual([]);
  });
});

describe('snippetOf', () => {
  it('keeps a short text whole', () => {
    expect(snippetOf('Processus de Prague', [{ start: 13, end: 19 }])).toEqual({
      text: 'Processus de Prague',
      ranges: [{ start: 13, end: 19 }],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('cuts a long text between words around its first match, moving the ranges with it', () => {
    const text = `${'avant '.repeat(40)}cible ${'après '.repeat(40)}`;
    const start = text.indexOf('cible');
    const snippet = snippetOf(text, [{ start, end: start + 5 }], 100);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(snippet.clippedStart && snippet.clippedEnd).toBe(true);
    expect(snippet.text.startsWith('avant')).toBe(true);
    const [range] = snippet.ranges;
    expect(snippet.text.slice(range!.start, range!.end)).toBe('cible');
  });
});
