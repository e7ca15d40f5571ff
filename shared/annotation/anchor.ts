import { z } from 'zod';
import { BlockIdSchema, DocumentIdSchema, LanguageSchema } from '../document/schema';
import { MAX_PASSAGE_LENGTH, MAX_QUOTE_LENGTH, QUOTE_CONTEXT_CODE_POINTS } from './anchor-limits';

/**
 * Where a note or highlight points, besides its document, in the style of W3C Web Annotation
 * selectors: the passage it was made on (block, or list item within it, and the language it
 * was read in) and the words selected. Block ids are content hashes, so a passage whose text
 * changes gets a new id: the quote with its context is what finds the words again, the
 * position is only a hint to try first. A bookmark points at a document or one passage.
 */

/** The passage a note or highlight was made on. */
export const PassageTargetSchema = z.strictObject({
  docId: DocumentIdSchema,
  blockId: BlockIdSchema,
  /** The list item within the block, when the passage is one item of a list. */
  itemId: BlockIdSchema.nullable(),
  /** The edition the person was reading: French text and our English differ. */
  language: LanguageSchema,
});
export type PassageTarget = z.infer<typeof PassageTargetSchema>;

/**
 * The words selected, with what surrounds them in the passage. An empty `exact` means the
 * passage as a whole (notes kept from before selectors existed have no selection).
 */
export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(QUOTE_CONTEXT_CODE_POINTS * 2),
  suffix: z.string().max(QUOTE_CONTEXT_CODE_POINTS * 2),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/**
 * Where the words were in the passage's text when selected: `start` included, `end` not, in
 * UTF-16 code units as JavaScript strings and DOM ranges count them (the W3C model counts
 * code points; every reader of ours is JavaScript, and the quote is the authority anyway).
 */
export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.int().min(0).max(MAX_PASSAGE_LENGTH),
    end: z.int().min(0).max(MAX_PASSAGE_LENGTH),
  })
  .refine((selector) => selector.start <= selector.end, { message: 'start must not come after end', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/**
 * What a note is attached to: a passage, as above, or with `blockId` (and so `itemId`) null,
 * a whole document, seen in `language`.
 */
export const NoteTargetSchema = z
  .strictObject({
    docId: DocumentIdSchema,
    blockId: BlockIdSchema.nullable(),
    itemId: BlockIdSchema.nullable(),
    language: LanguageSchema,
  })
  .refine((target) => target.itemId === null || target.blockId !== null, {
    message: 'a list item is named only within its block',
    path: ['itemId'],
  });
export type NoteTarget = z.infer<typeof NoteTargetSchema>;

/** What a note or highlight stores to find its words again. */
export const annotationAnchorShape = {
  target: NoteTargetSchema,
  quote: TextQuoteSelectorSchema,
  /** Absent for notes kept from before selectors existed. */
  position: TextPositionSelectorSchema.nullable(),
};
export type AnnotationAnchor = z.infer<z.ZodObject<typeof annotationAnchorShape>>;

/** A position, when there is one, spans exactly the quoted text. */
export const positionMatchesQuote = (anchor: AnnotationAnchor): boolean =>
  anchor.position === null || anchor.position.end - anchor.position.start === anchor.quote.exact.length;

/** A note on a whole document quotes nothing and has no position. */
export const documentNoteQuotesNothing = (anchor: AnnotationAnchor): boolean =>
  anchor.target.blockId !== null || (anchor.quote.exact === '' && anchor.position === null);

/** What a bookmark points at: a whole document, one of its blocks, or one item of a list. */
export const BookmarkTargetSchema = z
  .strictObject({
    docId: DocumentIdSchema,
    blockId: BlockIdSchema.nullable(),
    itemId: BlockIdSchema.nullable(),
  })
  .refine((target) => target.itemId === null || target.blockId !== null, {
    message: 'a list item is named only within its block',
    path: ['itemId'],
  });
export type BookmarkTarget = z.infer<typeof BookmarkTargetSchema>;
