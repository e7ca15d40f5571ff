/**
 * How many notes a passage's margin shows before it folds the rest behind a button. A margin
 * is 16rem wide: three cards already run past most paragraphs, and a passage with thirty notes
 * would push the next one thousands of pixels down (and make the reader lay out every card
 * before it shows anything).
 */
export const MARGIN_NOTES_SHOWN = 3;

export interface MarginFold<T> {
  shown: readonly T[];
  /** How many notes the margin keeps behind its "show more" button. */
  folded: number;
  /** Whether the margin has notes to fold at all (and so a button to fold or unfold them). */
  foldable: boolean;
}

/**
 * Whether a margin folds these notes: not when folding would hide only one (a button to show
 * one note is no shorter than the note).
 */
const foldsAny = (notes: readonly unknown[]): boolean => notes.length > MARGIN_NOTES_SHOWN + 1;

/**
 * The notes a margin shows: all of them when unfolded or when it has too few to fold; otherwise
 * the first few, and the note being edited wherever it is, so an open note never goes out of sight.
 */
export function foldMargin<T extends { id: string }>(
  notes: readonly T[],
  unfolded: boolean,
  editingId: string | null,
): MarginFold<T> {
  const foldable = foldsAny(notes);
  if (unfolded || !foldable) return { shown: notes, folded: 0, foldable };
  const shown = notes.filter((note, index) => index < MARGIN_NOTES_SHOWN || note.id === editingId);
  return { shown, folded: notes.length - shown.length, foldable };
}

/** Whether the note `id` is one a folded margin hides. */
export const isBeyondFold = (notes: readonly { id: string }[], id: string | null): boolean =>
  id !== null && foldsAny(notes) && notes.findIndex((note) => note.id === id) >= MARGIN_NOTES_SHOWN;
