/**
 * The reader's settings vocabularies, without the schema library (the renderer imports these
 * values): one list, used by the reading switch and by the schema of a person's settings rows.
 */

/** Which text the reader shows: French, our English, or both side by side. */
export const READING_MODES = ['fr', 'en', 'both'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** Side by side, which language is on the left: the French original, or the English. */
export const COLUMN_ORDERS = ['fr-en', 'en-fr'] as const;
export type ColumnOrder = (typeof COLUMN_ORDERS)[number];

/** Recent search queries kept for a person: how many, and how long each may be. */
export const MAX_RECENT_SEARCHES = 10;
export const MAX_RECENT_SEARCH_LENGTH = 200;

/** Documents offered under "Continue reading": how many are remembered. */
export const MAX_RECENT_READING = 6;

/**
 * How the reader looks, as a person set it in the "Aa" popover. Text sizes are percentages
 * of the reading text's usual size (Ctrl/Cmd +/− step through them); line widths are
 * measures in characters, so a larger text keeps its number of words per line.
 */
export const TEXT_SIZES = [85, 100, 115, 130, 150, 175] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];
/** The measure of each line width, in characters of the reading text. */
export const LINE_WIDTH_MEASURES: Record<LineWidth, number> = { narrow: 56, medium: 68, wide: 84 };
/** `dyslexic` is OpenDyslexic, shipped with the app (Fontsource's npm package). */
export const READING_FONTS = ['serif', 'sans', 'dyslexic'] as const;
export type ReadingFont = (typeof READING_FONTS)[number];
/** `system` follows the operating system's light or dark appearance. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Appearance {
  textSize: TextSize;
  lineWidth: LineWidth;
  font: ReadingFont;
  theme: Theme;
}

export const DEFAULT_APPEARANCE: Appearance = { textSize: 100, lineWidth: 'medium', font: 'serif', theme: 'system' };

/** The next text size up (+1) or down (−1), staying at the ends; 0 goes back to the usual size. */
export function stepTextSize(size: TextSize, step: -1 | 0 | 1): TextSize {
  if (step === 0) return DEFAULT_APPEARANCE.textSize;
  const index = TEXT_SIZES.indexOf(size) + step;
  return TEXT_SIZES[Math.min(Math.max(index, 0), TEXT_SIZES.length - 1)] ?? size;
}
