import { describe, expect, it } from 'vitest';
import { groupByAtomic, isValidRange, resolveRanges, type TextRange, type TextSegment } from '@shared/text/ranges';

const range = (layer: string, start: number, end: number, data: unknown = null): TextRange => ({
  layer,
  start,
  end,
  data,
});

/** A segment as `text[atomic layer](decoration layers)`, to read a whole resolution at a glance. */
const describeSegment = ({ text, atomic, decorations }: TextSegment): string =>
  `${text}${atomic ? `[${atomic.layer}]` : ''}${decorations.length ? `(${decorations.map((d) => d.layer).join(',')})` : ''}`;
const resolve = (text: string, atomic: TextRange[][] = [], decorations: TextRange[] = []): string[] =>
  resolveRanges(text, { atomic, decorations }).map(describeSegment);

describe('resolveRanges', () => {
  it('gives one plain segment for a text without ranges', () => {
    expect(resolveRanges('Le Pacte mondial', {})).toEqual([
      { start: 0, end: 16, text: 'Le Pacte mondial', atomic: null, decorations: [] },
    ]);
  });

  it('gives no segment for an empty text, whatever the ranges', () => {
    expect(resolveRanges('', { atomic: [[range('contact', 0, 0)]], decorations: [range('highlight', 0, 1)] })).toEqual(
      [],
    );
  });

  it('cuts the text around atomic ranges, carrying the very range object given', () => {
    const term = range('glossary-term', 3, 6, { entryId: 'gcm' });
    const segments = resolveRanges('Le GCM et', { atomic: [[term]] });
    expect(segments.map(describeSegment)).toEqual(['Le ', 'GCM[glossary-term]', ' et']);
    expect(segments[1]?.atomic).toBe(term);
    expect(segments.map(({ start, end }) => [start, end])).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
    ]);
  });

  it('covers the whole text, losing nothing, at its edges too', () => {
    const text = 'GCM et ISCM';
    const segments = resolveRanges(text, { atomic: [[range('term', 0, 3), range('term', 7, 11)]] });
    expect(segments.map(describeSegment)).toEqual(['GCM[term]', ' et ', 'ISCM[term]']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('takes a range over the whole text as one segment', () => {
    expect(resolve('GCM', [[range('term', 0, 3)]], [range('highlight', 0, 3)])).toEqual(['GCM[term](highlight)']);
  });

  it('keeps the higher-priority layer where atomic ranges overlap, and drops the other whole', () => {
    const text = 'voir www.iom.int/GCM ici';
    const url = range('contact', 5, 20);
    const term = range('glossary-term', 17, 20);
    expect(resolve(text, [[url], [term]])).toEqual(['voir ', 'www.iom.int/GCM[contact]', ' ici']);
    // The order the layers are given in is the priority, not the order of the ranges.
    expect(resolve(text, [[term], [url]])).toEqual(['voir www.iom.int/', 'GCM[glossary-term]', ' ici']);
  });

  it('drops a lower-priority range that overlaps a kept one only in part', () => {
    expect(resolve('abcdefgh', [[range('a', 2, 5)], [range('b', 4, 7), range('b', 6, 8)]])).toEqual([
      'ab',
      'cde[a]',
      'f',
      'gh[b]',
    ]);
  });

  it('drops an atomic range nested inside a kept one, and a lower one that contains a kept one', () => {
    expect(resolve('abcdefgh', [[range('a', 2, 5)], [range('b', 3, 4), range('c', 1, 7)]])).toEqual([
      'ab',
      'cde[a]',
      'fgh',
    ]);
  });

  it('keeps the first-starting, then the longer, then the first-given range within one layer', () => {
    expect(resolve('abcdef', [[range('late', 2, 5), range('early', 1, 3)]])).toEqual(['a', 'bc[early]', 'def']);
    expect(resolve('abcdef', [[range('short', 1, 3), range('long', 1, 5)]])).toEqual(['a', 'bcde[long]', 'f']);
    expect(resolve('abcdef', [[range('first', 1, 3), range('second', 1, 3)]])).toEqual(['a', 'bc[first]', 'def']);
  });

  it('keeps adjacent atomic ranges: touching is not overlapping', () => {
    expect(resolve('GCM*', [[range('marker', 3, 4)], [range('term', 0, 3)]])).toEqual(['GCM[term]', '*[marker]']);
  });

  it('keeps two adjacent ranges of one layer as two ranges', () => {
    const first = range('term', 0, 3);
    const second = range('term', 3, 6);
    const segments = resolveRanges('abcdef', { atomic: [[first, second]] });
    expect(segments.map((segment) => segment.atomic)).toEqual([first, second]);
    expect(groupByAtomic(segments)).toHaveLength(2);
  });

  it('draws a decoration over plain text, cutting the text at its edges', () => {
    expect(resolve('Le Pacte mondial', [], [range('highlight', 3, 8)])).toEqual([
      'Le ',
      'Pacte(highlight)',
      ' mondial',
    ]);
  });

  it('cuts a decoration that crosses an atomic range at the atomic range’s edge', () => {
    const segments = resolveRanges('voir GCM ici', {
      atomic: [[range('term', 5, 8)]],
      decorations: [range('highlight', 0, 7)],
    });
    expect(segments.map(describeSegment)).toEqual(['voir (highlight)', 'GC[term](highlight)', 'M[term]', ' ici']);
    expect(segments[1]?.atomic).toBe(segments[2]?.atomic);
  });

  it('draws a decoration that covers several atomic ranges and the text between', () => {
    expect(resolve('GCM et ISCM', [[range('term', 0, 3), range('term', 7, 11)]], [range('search-hit', 1, 9)])).toEqual([
      'G[term]',
      'CM[term](search-hit)',
      ' et (search-hit)',
      'IS[term](search-hit)',
      'CM[term]',
    ]);
  });

  it('draws a decoration inside an atomic range', () => {
    expect(resolve('www.iom.int', [[range('contact', 0, 11)]], [range('search-hit', 4, 7)])).toEqual([
      'www.[contact]',
      'iom[contact](search-hit)',
      '.int[contact]',
    ]);
  });

  it('lets decorations overlap one another, cutting at every edge', () => {
    expect(resolve('abcdefgh', [], [range('highlight', 1, 5), range('search-hit', 3, 7)])).toEqual([
      'a',
      'bc(highlight)',
      'de(highlight,search-hit)',
      'fg(search-hit)',
      'h',
    ]);
  });

  it('nests decorations, the outermost first in every segment they share', () => {
    expect(resolve('abcdefgh', [], [range('inner', 3, 5), range('outer', 1, 7)])).toEqual([
      'a',
      'bc(outer)',
      'de(outer,inner)',
      'fg(outer)',
      'h',
    ]);
  });

  it('orders decorations with the same extent as they were given', () => {
    expect(resolve('abc', [], [range('second', 0, 3), range('first', 0, 3)])).toEqual(['abc(second,first)']);
    expect(resolve('abc', [], [range('first', 0, 3), range('second', 0, 3)])).toEqual(['abc(first,second)']);
  });

  it('keeps decorations that start or end together in a stable order: earlier start, then longer', () => {
    expect(resolve('abcdef', [], [range('short', 2, 4), range('long', 2, 6), range('earlier', 0, 4)])).toEqual([
      'ab(earlier)',
      'cd(earlier,long,short)',
      'ef(long)',
    ]);
  });

  it('gives the same segments whatever order the ranges come in', () => {
    const ranges = [range('a', 0, 2), range('b', 4, 6), range('c', 1, 5)];
    const decorations = [range('h', 1, 3), range('s', 2, 6)];
    const forward = resolve('abcdefg', [ranges], decorations);
    expect(resolve('abcdefg', [[...ranges].reverse()], [...decorations].reverse())).toEqual(forward);
    expect(forward).toEqual(['a[a]', 'b[a](h)', 'c(h,s)', 'd(s)', 'ef[b](s)', 'g']);
  });

  it('ignores empty, reversed and out-of-text ranges instead of throwing', () => {
    const invalid = [
      range('empty', 2, 2),
      range('reversed', 4, 1),
      range('negative', -1, 2),
      range('past-the-end', 3, 10),
      range('beyond', 12, 14),
      range('fraction', 0.5, 2),
      range('nan', Number.NaN, 2),
      range('infinite', 0, Number.POSITIVE_INFINITY),
    ];
    expect(resolve('abcdef', [invalid], invalid)).toEqual(['abcdef']);
  });

  it('does not let an ignored range hide a valid one of a lower priority', () => {
    expect(resolve('abcdef', [[range('reversed', 5, 0)], [range('term', 1, 3)]])).toEqual(['a', 'bc[term]', 'def']);
  });

  it('ignores a range that would cut a character made of two UTF-16 units', () => {
    const text = 'a😀b';
    expect(resolve(text, [[range('term', 0, 2)]], [range('highlight', 2, 4)])).toEqual(['a😀b']);
    expect(resolve(text, [[range('term', 1, 3)]])).toEqual(['a', '😀[term]', 'b']);
  });
});

describe('isValidRange', () => {
  it('accepts a range inside the text, up to its very end', () => {
    expect(isValidRange('abc', { start: 0, end: 3 })).toBe(true);
  });

  it('refuses an empty range', () => {
    expect(isValidRange('abc', { start: 1, end: 1 })).toBe(false);
  });
});

describe('groupByAtomic', () => {
  it('gathers the segments of one atomic range cut by decorations into one group', () => {
    const term = range('term', 5, 8);
    const segments = resolveRanges('voir GCM ici', { atomic: [[term]], decorations: [range('highlight', 0, 7)] });
    const groups = groupByAtomic(segments);
    expect(groups.map(({ text, atomic, segments: parts }) => [text, atomic?.layer ?? null, parts.length])).toEqual([
      ['voir ', null, 1],
      ['GCM', 'term', 2],
      [' ici', null, 1],
    ]);
    expect(groups[1]).toMatchObject({ start: 5, end: 8, atomic: term });
  });

  it('gathers consecutive plain segments, decorated or not, into one group', () => {
    const segments = resolveRanges('abcdef', { decorations: [range('highlight', 2, 4)] });
    expect(groupByAtomic(segments).map(({ text, segments: parts }) => [text, parts.length])).toEqual([['abcdef', 3]]);
  });

  it('gives no group for no segments', () => {
    expect(groupByAtomic([])).toEqual([]);
  });
});
