import { z } from 'zod';
import type { EditionAlignment } from '../align/rows';
import { BlockIdSchema } from '../document/schema';

/**
 * The alignment of two paired imports as a row stores it (on the French edition's row, so a
 * person's corrections travel in a backup), checked whole when a backup brings it in.
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
