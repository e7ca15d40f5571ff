import { z } from 'zod';
import {
  annotationAnchorShape,
  BookmarkTargetSchema,
  documentNoteQuotesNothing,
  positionMatchesQuote,
} from '../annotation/anchor';
import { ANCHOR_STATES, HIGHLIGHT_COLOURS, MAX_TAGS_PER_NOTE, normaliseTag, sameTag } from '../annotation/vocabulary';
import { BlockIdSchema, DocumentIdSchema, LanguageSchema } from '../document/schema';
import {
  LINE_WIDTHS,
  MAX_RECENT_SEARCHES,
  MAX_RECENT_SEARCH_LENGTH,
  MAX_RECENT_READING,
  READING_FONTS,
  READING_MODES,
  TEXT_SIZES,
  THEMES,
  COLUMN_ORDERS,
} from '../settings/vocabulary';

/**
 * The rows of the user tables, defined once: the offline store's row types are inferred from
 * these, and a backup's data is validated with them. Every string is bounded, every object
 * closed (an unknown key is refused, `__proto__` among them).
 */

export const MAX_NOTE_BODY_LENGTH = 50_000;
export const MAX_BOOKMARK_LABEL_LENGTH = 200;
/** More notes than a person writes; the bound of every list of note ids. */
export const MAX_NOTES = 100_000;

/** Row ids: what `crypto.randomUUID()` makes, or any short id of letters, digits, `-` and `_`. */
export const RowIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Milliseconds since 1970, within what a JavaScript date can hold. */
export const TimestampSchema = z.int().min(0).max(8_640_000_000_000_000);

/** A tag as `normaliseTag` leaves it: a backup cannot bring in a tag the editor could not make. */
export const TagSchema = z
  .string()
  .max(200)
  .refine((tag) => normaliseTag(tag) === tag, { message: 'a tag is trimmed text of at most 40 characters' });

/**
 * A highlight, a note, or both: words (or a passage, or a document) a person marked, with a
 * colour when it is highlighted and a body when they wrote something. A highlight without a
 * body is a note with an empty body.
 */
export const NoteRowSchema = z
  .strictObject({
    id: RowIdSchema,
    ...annotationAnchorShape,
    body: z.string().max(MAX_NOTE_BODY_LENGTH),
    /** The highlight's colour; `null` for a note that highlights nothing. */
    colour: z.enum(HIGHLIGHT_COLOURS).nullable(),
    tags: z
      .array(TagSchema)
      .max(MAX_TAGS_PER_NOTE)
      .refine((tags) => tags.every((tag, index) => tags.findIndex((other) => sameTag(other, tag)) === index), {
        message: 'a tag appears twice',
      }),
    anchorState: z.enum(ANCHOR_STATES),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .refine(positionMatchesQuote, { message: 'the position must span exactly the quoted text', path: ['position'] })
  .refine(documentNoteQuotesNothing, {
    message: 'a note on a whole document quotes nothing and has no position',
    path: ['quote'],
  });
export type NoteRow = z.infer<typeof NoteRowSchema>;

export const BookmarkRowSchema = z.strictObject({
  id: RowIdSchema,
  target: BookmarkTargetSchema,
  label: z.string().min(1).max(MAX_BOOKMARK_LABEL_LENGTH).nullable(),
  createdAt: TimestampSchema,
});
export type BookmarkRow = z.infer<typeof BookmarkRowSchema>;

export const SettingRowSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('language'), value: LanguageSchema }),
  z.strictObject({ key: z.literal('readingMode'), value: z.enum(READING_MODES) }),
  /**
   * What the last new dataset did to a person's notes, shown once in the library: how many
   * stayed, which moved and which lost their place (ids), until the person dismisses it.
   */
  z.strictObject({
    key: z.literal('reanchorReport'),
    value: z.strictObject({
      datasetVersion: z.string().min(1).max(128),
      at: TimestampSchema,
      unchanged: z.int().min(0).max(MAX_NOTES),
      moved: z.array(RowIdSchema).max(MAX_NOTES),
      detached: z.array(RowIdSchema).max(MAX_NOTES),
    }),
  }),
  /** The last queries a person opened a result of, newest first. */
  z.strictObject({
    key: z.literal('recentSearches'),
    value: z.array(z.string().min(1).max(MAX_RECENT_SEARCH_LENGTH)).max(MAX_RECENT_SEARCHES),
  }),
  /** Side by side, which language is on the left. */
  z.strictObject({ key: z.literal('columnOrder'), value: z.enum(COLUMN_ORDERS) }),
  /** How the reader looks (the "Aa" popover). */
  z.strictObject({
    key: z.literal('appearance'),
    value: z.strictObject({
      textSize: z.union(TEXT_SIZES.map((size) => z.literal(size))),
      lineWidth: z.enum(LINE_WIDTHS),
      font: z.enum(READING_FONTS),
      theme: z.enum(THEMES),
    }),
  }),
  /**
   * Where a person stopped reading, newest first: the document, the first passage in view
   * (null at the top) and how far through it they were, for "Continue reading".
   */
  z.strictObject({
    key: z.literal('recentReading'),
    value: z
      .array(
        z.strictObject({
          docId: DocumentIdSchema,
          blockId: BlockIdSchema.nullable(),
          progress: z.number().min(0).max(1),
          at: TimestampSchema,
        }),
      )
      .max(MAX_RECENT_READING),
  }),
]);
export type SettingRow = z.infer<typeof SettingRowSchema>;
