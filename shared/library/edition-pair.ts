import { z } from 'zod';
import { toEnglishEdition, type EnglishOnlyBlock } from '../align/to-english-edition';
import type { EditionAlignment } from '../align/rows';
import { BlockIdSchema, type ReadableDocument } from '../document/schema';

/**
 * Two imported documents read as one: the French edition's blocks, with the English edition
 * aligned to them, as the bundle's pages are. The alignment is stored on the French edition's
 * row (so a person's corrections travel in a backup), and rebuilt into the reader's English
 * edition each time the pair is read.
 */

/** Ids a row of an alignment may hold: as many blocks as a long page has, no more. */
const RowIdsSchema = z.array(BlockIdSchema).max(2_000);

const AlignmentRowSchema = z.strictObject({
  fr: RowIdsSchema,
  en: RowIdsSchema,
  confidence: z.number().min(0).max(1),
  basis: z.enum(['anchors', 'length', 'kind', 'manual']),
});

export const EditionAlignmentSchema = z.strictObject({
  rows: z.array(AlignmentRowSchema).max(4_000),
  items: z.record(BlockIdSchema, z.array(AlignmentRowSchema).max(2_000)),
}) satisfies z.ZodType<EditionAlignment>;

/** A French document joined with its English edition for reading side by side. */
export interface PairedDocument {
  document: ReadableDocument;
  /** English passages with no French counterpart, and the French block each follows. */
  englishOnly: EnglishOnlyBlock[];
}

/**
 * The French edition with the English one aligned to it: its English title, dateline and the
 * English of each passage, from the alignment. The English is the page's own (a person
 * imported it), so it carries no origin and is never stale. Pure.
 */
export function pairEditions(
  french: ReadableDocument,
  english: ReadableDocument,
  alignment: EditionAlignment,
  acronymPairs: ReadonlyArray<readonly [string, string]> = [],
): PairedDocument {
  const reader = toEnglishEdition(french, english, alignment, { acronymPairs });
  return {
    document: {
      ...french,
      english: {
        title: { text: english.title.text, stale: false },
        dateline: english.dateline
          ? { place: english.dateline.place, dateText: english.dateline.dateText, stale: false }
          : null,
        blocks: reader.edition.blocks,
        publishedSources: [],
      },
    },
    englishOnly: reader.englishOnly,
  };
}
