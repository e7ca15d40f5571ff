import { describe, expect, it } from 'vitest';
import { foldMargin, MARGIN_NOTES_SHOWN } from '../../../renderer/src/annotations/margin-fold';

const notes = (count: number) => Array.from({ length: count }, (_unused, index) => ({ id: `n${index}` }));
const ids = (shown: readonly { id: string }[]) => shown.map((note) => note.id);

describe('foldMargin', () => {
  it('shows every note of a margin with a few', () => {
    expect(foldMargin(notes(MARGIN_NOTES_SHOWN), false, null)).toEqual({ shown: notes(MARGIN_NOTES_SHOWN), folded: 0 });
  });

  it('does not fold a single note behind a button as tall as it', () => {
    expect(foldMargin(notes(MARGIN_NOTES_SHOWN + 1), false, null).folded).toBe(0);
  });

  it('shows the first notes of a long margin and counts the rest', () => {
    const fold = foldMargin(notes(30), false, null);
    expect(ids(fold.shown)).toEqual(['n0', 'n1', 'n2']);
    expect(fold.folded).toBe(27);
  });

  it('keeps the note being edited in sight, in its place', () => {
    const fold = foldMargin(notes(30), false, 'n17');
    expect(ids(fold.shown)).toEqual(['n0', 'n1', 'n2', 'n17']);
    expect(fold.folded).toBe(26);
  });

  it('shows every note once unfolded', () => {
    expect(foldMargin(notes(30), true, null)).toEqual({ shown: notes(30), folded: 0 });
  });
});
