/**
 * The aligner's output: rows of French ids against English ids, in the order of both
 * documents, together covering every block (or list item) of each exactly once. A block with
 * no counterpart is a row with the other side empty: shown alone, never dropped.
 */

/**
 * How a row was decided: `anchors`, shared figures, names, dates or addresses decided it;
 * `length`, only the lengths did (or, for a block alone, it has no anchor the other side
 * shares); `kind`, like kinds without anchors (two headings, two separators); `manual`, a
 * person paired or unpaired it, and re-aligning keeps it.
 */
export type AlignmentBasis = 'anchors' | 'length' | 'kind' | 'manual';

export interface AlignmentRow {
  fr: string[];
  en: string[];
  /** 0..1 */
  confidence: number;
  basis: AlignmentBasis;
}

export interface EditionAlignment {
  rows: AlignmentRow[];
  /** List items, by French list block id: rows over item ids (for lists paired one to one). */
  items: Record<string, AlignmentRow[]>;
}

export type Side = 'fr' | 'en';

/** Whether rows cover each of the ids exactly once and keep both sides in document order. */
export function coversInOrder(
  rows: readonly AlignmentRow[],
  french: readonly string[],
  english: readonly string[],
): boolean {
  const flat = (side: Side): string[] => rows.flatMap((row) => row[side]);
  const same = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((id, index) => id === b[index]);
  return same(flat('fr'), french) && same(flat('en'), english);
}
