import { describe, expect, it } from 'vitest';
import { findFootnoteMarkers, footnoteMarkersIn } from '@shared/parser/footnotes';

describe('findFootnoteMarkers', () => {
  it('finds a marker glued to the word it annotates, with its offsets', () => {
    const text = 'Les participants* ont adopté';
    expect(findFootnoteMarkers(text)).toEqual([{ marker: '*', start: 16, end: 17 }]);
  });

  it('finds every kind of marker, in reading order, repeats included', () => {
    const text = 'Les États*, les ONG** et (la société civile)† ; les États*.';
    const found = findFootnoteMarkers(text);
    expect(found.map(({ marker }) => marker)).toEqual(['*', '**', '†', '*']);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(['*', '**', '†', '*']);
  });

  it('finds a marker at the very end of the text', () => {
    expect(findFootnoteMarkers('en 2018**')).toEqual([{ marker: '**', start: 7, end: 9 }]);
  });

  it('does not take a separated asterisk, a separator line or a multiplication for a marker', () => {
    expect(findFootnoteMarkers('* une note')).toEqual([]);
    expect(findFootnoteMarkers('***')).toEqual([]);
    expect(findFootnoteMarkers('3 * 4 et 3*4')).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(findFootnoteMarkers('')).toEqual([]);
  });
});

describe('footnoteMarkersIn', () => {
  it('lists the markers a paragraph carries, each once, in order', () => {
    expect(footnoteMarkersIn('Les États†, les ONG* et les États†.')).toEqual(['†', '*']);
  });
});
