import { describe, expect, it } from 'vitest';
import { coversInOrder, type AlignmentRow } from '@shared/align/rows';

const row = (fr: string[], en: string[]): AlignmentRow => ({ fr, en, confidence: 1, basis: 'length' });

describe('coversInOrder', () => {
  it('accepts rows that hold every id of both sides once, in order', () => {
    expect(coversInOrder([row(['a'], ['x']), row(['b', 'c'], []), row([], ['y'])], ['a', 'b', 'c'], ['x', 'y'])).toBe(
      true,
    );
  });

  it('refuses a missing id, a repeated one, and ids out of order', () => {
    expect(coversInOrder([row(['a'], ['x'])], ['a', 'b'], ['x'])).toBe(false);
    expect(coversInOrder([row(['a'], ['x']), row(['a'], [])], ['a'], ['x'])).toBe(false);
    expect(coversInOrder([row(['b'], ['x']), row(['a'], [])], ['a', 'b'], ['x'])).toBe(false);
  });
});
