import { describe, expect, it } from 'vitest';
import { foldMargin, isBeyondFold, MARGIN_NOTES_SHOWN } from '../../../renderer/src/annotations/margin-fold';

const notes = (count: number) => Array.from({ length: count }, (_unused, index) => ({ id: `n${index}` }));
const ids = (shown: readonly { id: string }[]) => shown.map((note) => note.id);

describe('foldMargin', () => {
  it('shows every note of a margin with a few, and has nothing to fold', () => {
    expect(foldMargin(notes(MARGIN_NOTES_SHOWN), false, null)).toEqual({
      shown: notes(MARGIN_NOTES_SHOWN),
      folded: 0,
      foldable: false,
    });
  });

  it('does not fold a single note behind a button as tall as it', () => {
    expect(foldMargin(notes(MARGIN_NOTES_SHOWN + 1), false, null)).toMatchObject({ folded: 0, foldable: false });
  });

  it('shows the first notes of a long margin and counts the rest', () => {
    const fold = foldMargin(notes(30), false, null);
    expect(ids(fold.shown)).toEqual(['n0', 'n1', 'n2']);
    expect(fold).toMatchObject({ folded: 27, foldable: true });
  });

  it('keeps the note being edited in sight, in its place', () => {
    const fold = foldMargin(notes(30), false, 'n17');
    expect(ids(fold.shown)).toEqual(['n0', 'n1', 'n2', 'n17']);
    expect(fold.folded).toBe(26);
  });

  it('shows every note once unfolded, and can still fold them', () => {
    expect(foldMargin(notes(30), true, null)).toEqual({ shown: notes(30), folded: 0, foldable: true });
  });
});

describe('isBeyondFold', () => {
  it('names the notes a folded margin hides, and only those', () => {
    expect(isBeyondFold(notes(30), 'n3')).toBe(true);
    expect(isBeyondFold(notes(30), 'n2')).toBe(false);
    expect(isBeyondFold(notes(30), null)).toBe(false);
    expect(isBeyondFold(notes(MARGIN_NOTES_SHOWN + 1), 'n3')).toBe(false);
  });
});
