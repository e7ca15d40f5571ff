import { describe, expect, it } from 'vitest';
import { footnoteMarkerRanges } from '../../../../renderer/src/reader/text-layers/footnote-marker-ranges';

const hrefs = new Map([
  ['*', '#/read/gcm/f-11111111'],
  ['†', '#/read/gcm/f-22222222'],
]);

describe('footnoteMarkerRanges', () => {
  it('gives each marker that has a footnote as a range, with the link to its footnote', () => {
    expect(footnoteMarkerRanges('Les participants* ont adopté', hrefs)).toEqual([
      { layer: 'footnote-marker', start: 16, end: 17, data: { marker: '*', href: '#/read/gcm/f-11111111' } },
    ]);
  });

  it('leaves a marker with no footnote to link to as plain text', () => {
    expect(footnoteMarkerRanges('Les États** et les ONG†.', hrefs).map(({ data }) => data.marker)).toEqual(['†']);
  });

  it('gives nothing when the passage has no footnote links at all', () => {
    expect(footnoteMarkerRanges('Les participants* ont adopté', undefined)).toEqual([]);
    expect(footnoteMarkerRanges('Les participants* ont adopté', new Map())).toEqual([]);
  });

  it('links every repeat of a marker to the same footnote', () => {
    const ranges = footnoteMarkerRanges('Les États* et les États*.', hrefs);
    expect(ranges.map(({ start, data }) => [start, data.href])).toEqual([
      [9, '#/read/gcm/f-11111111'],
      [23, '#/read/gcm/f-11111111'],
    ]);
  });
});
