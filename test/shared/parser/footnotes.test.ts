import { describe, expect, it } from 'vitest';
import { findFootnoteMarkers, FOOTNOTE_LINE, footnoteMarkersIn } from '@shared/parser/footnotes';

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

describe('FOOTNOTE_LINE', () => {
  it.each([
    ['*Les participants comprenaient…', '*', 'Les participants comprenaient…'],
    ['* Les participants', '*', 'Les participants'],
    ['**Deuxième note', '**', 'Deuxième note'],
    ['† Note en croix', '†', 'Note en croix'],
  ])('reads "%s" as a footnote marked %s', (line, marker, text) => {
    const match = FOOTNOTE_LINE.exec(line);
    expect([match?.[1], match?.[2]]).toEqual([marker, text]);
  });

  it.each(['Les participants*', '*', ' *Note décalée', '*   '])('does not read "%s" as a footnote', (line) => {
    expect(FOOTNOTE_LINE.test(line)).toBe(false);
  });
});

describe('markers after brackets and before punctuation', () => {
  it('finds a marker after a closing bracket or a digit, before any sentence punctuation', () => {
    const texts = ['(PCR)*.', '2018*,', 'États*;', 'États*:', 'États*!', 'États*?', 'États*)'];
    expect(texts.map((text) => footnoteMarkersIn(text))).toEqual(texts.map(() => ['*']));
  });

  it('does not take an asterisk inside a word for a marker', () => {
    expect(findFootnoteMarkers('mot*clé')).toEqual([]);
  });
});
