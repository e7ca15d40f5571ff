/**
 * The words a person's annotations are made of, without the schema library (the renderer
 * imports these values): highlight colours, tags, and whether an annotation still has a place
 * in its document.
 */

/**
 * Highlight colours, named for what they are. Their shades (in the renderer's styles) come
 * from the Okabe–Ito palette, which stays distinct for the common colour-vision deficiencies,
 * and each has a light and a dark-mode tint.
 */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** Tags on one note, and how long one tag may be. */
export const MAX_TAGS_PER_NOTE = 20;
export const MAX_TAG_LENGTH = 40;

/**
 * Whether an annotation has a place in the text: `anchored` (its words were found in the
 * current dataset) or `detached` (a dataset update removed or rewrote them beyond recognition;
 * the note is kept with its quote, never deleted, and shown at the top of its document).
 */
export const ANCHOR_STATES = ['anchored', 'detached'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

/**
 * A tag as stored: Unicode-normalised, inner spaces collapsed, trimmed, without `#` in front,
 * cut to `MAX_TAG_LENGTH` characters; `null` when nothing is left. Case is kept (a person may
 * write "OIM" or "Sahel"); tags are compared without it (`sameTag`). Pure.
 */
export function normaliseTag(input: string): string | null {
  const tag = Array.from(
    input
      .normalize('NFC')
      .replace(/\s+/gu, ' ')
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/^#+/u, '')
      .trim(),
  )
    .slice(0, MAX_TAG_LENGTH)
    .join('')
    .trim();
  return tag === '' ? null : tag;
}

/** Whether two tags are the same for a person: case does not count. */
export const sameTag = (a: string, b: string): boolean => a.toLocaleLowerCase('fr') === b.toLocaleLowerCase('fr');
