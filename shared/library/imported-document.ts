import { z } from 'zod';
import { TimestampSchema } from '../backup/user-rows';
import { DocumentIdSchema, ReadableDocumentSchema } from '../document/schema';
import { EditionAlignmentSchema } from './edition-pair';
import { IMPORT_FORMATS, IMPORTED_ID_PREFIX } from './vocabulary';

/**
 * A document a person imported: the same readable document as a bundled one, plus where it
 * came from and when. It lives in a user table of its own, never touched by a dataset
 * upgrade, and travels in backups; every field is checked when a backup brings it in.
 */

export const ImportedDocumentIdSchema = DocumentIdSchema.refine((id) => id.startsWith(IMPORTED_ID_PREFIX), {
  message: `an imported document's id starts with "${IMPORTED_ID_PREFIX}"`,
});

/** Hex SHA-256 of the document's text as imported: the same content twice is the same hash. */
export const ContentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const ImportedDocumentRowSchema = z
  .strictObject({
    id: ImportedDocumentIdSchema,
    /** The document as the reader shows it; its id is the row's. */
    document: ReadableDocumentSchema,
    format: z.enum(IMPORT_FORMATS),
    /** The file's name as the person had it (no folder). */
    fileName: z.string().min(1).max(255),
    contentHash: ContentHashSchema,
    /** The other language's edition of the same page, when the person paired two imports. */
    pairedWith: ImportedDocumentIdSchema.nullable(),
    /** On the French edition of a pair: its blocks aligned with the English edition's. */
    alignment: EditionAlignmentSchema.nullable(),
    importedAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .refine((row) => row.document.id === row.id, { message: "the document's id must be the row's", path: ['document'] })
  .refine((row) => row.pairedWith !== row.id, {
    message: 'a document cannot be its own edition',
    path: ['pairedWith'],
  });
export type ImportedDocumentRow = z.infer<typeof ImportedDocumentRowSchema>;

/** An imported document's id, from its content hash: stable, so a backup restored twice merges. */
export const importedIdFor = (contentHash: string): string => `${IMPORTED_ID_PREFIX}${contentHash.slice(0, 16)}`;
