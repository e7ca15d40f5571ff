import { z } from 'zod';
import { IMPORTED_ID_PREFIX, isImportedId } from '../library/vocabulary';
import { BlockIdSchema, DocumentIdSchema, ReadableDocumentSchema } from '../document/schema';
import { ABOUT_DOCUMENT_ID } from '../document/vocabulary';
import { GlossaryEntrySchema } from './glossary';

/**
 * The bundled dataset, defined once: the documents the app ships (the About IOM entry among
 * them, with its role) and the glossary. The builder validates what it writes against this
 * schema and the main process validates what it reads.
 */

/** A glossary entry as bundled: as written, plus the passages that use it. */
export const BundledGlossaryEntrySchema = GlossaryEntrySchema.extend({
  occurrences: z.array(z.object({ docId: DocumentIdSchema, blockId: BlockIdSchema })),
});
export type BundledGlossaryEntry = z.infer<typeof BundledGlossaryEntrySchema>;

export const DATASET_FORMAT = 2;

export const DatasetSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  /** Content hash of everything else in the file: same content, same version. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  documents: z
    .array(ReadableDocumentSchema)
    .min(1)
    .refine((documents) => new Set(documents.map((document) => document.id)).size === documents.length, {
      message: 'document ids must be unique',
    })
    // The app tells a person's imported documents by this prefix: a bundled one must never wear it.
    .refine((documents) => documents.every((document) => !isImportedId(document.id)), {
      message: `bundled document ids never start with "${IMPORTED_ID_PREFIX}" (kept for a person's imports)`,
    })
    .refine(
      (documents) => documents.every((document) => (document.role === 'about') === (document.id === ABOUT_DOCUMENT_ID)),
      { message: `the About IOM document, and only it, has the id ${ABOUT_DOCUMENT_ID} and the role "about"` },
    ),
  glossary: z.array(BundledGlossaryEntrySchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
