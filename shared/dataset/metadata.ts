import { z } from 'zod';
import {
  BilingualTextSchema,
  BlockIdSchema,
  DocumentIdSchema,
  DocumentKindSchema,
  IsoDateSchema,
} from '../document/schema';

/**
 * IOM's (or the UN's) own English for a document, where we found it: the address, what part
 * of the text the stored copy covers, and the quotations it gives in English — our English
 * must quote those exactly (a content check holds it to that).
 */
export const PublishedEnglishSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** The text of the page as we found it, relative to `resources/source/`: what `published` passages are checked against. */
  copy: z.string().regex(/^en-published\/[\w.-]+\.txt$/),
  coverage: z.string().min(1),
  quotations: z.array(z.string().min(1)).default([]),
});
export type PublishedEnglish = z.infer<typeof PublishedEnglishSchema>;

/** What we looked for and did not find, said once per document so the next reviser need not. */
const EnglishSearchNoteSchema = z.string().min(1).nullable().default(null);

/**
 * Curated facts about each bundled page that its text does not carry (kind, date, place,
 * source address, topics), written by hand in `resources/source/metadata.json`.
 */
export const DocumentMetadataSchema = z.strictObject({
  /** Path of the page export, relative to `resources/source/`. */
  file: z.string().regex(/^[a-z]{2}\/[\w.-]+\.txt$/),
  id: DocumentIdSchema,
  kind: DocumentKindSchema,
  /** A title for pages that have no title line. */
  title: BilingualTextSchema.nullable(),
  date: IsoDateSchema.nullable(),
  place: BilingualTextSchema.nullable(),
  sourceUrl: z.url({ protocol: /^https$/ }).nullable(),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  /** Our notes on the source, shown after the passage they concern; the source stays as written. */
  editorialNotes: z.array(z.strictObject({ blockId: BlockIdSchema, text: BilingualTextSchema })).default([]),
  /** IOM's own English editions of this page that we found; empty: the English is all ours. */
  publishedEnglish: z.array(PublishedEnglishSchema).default([]),
  englishSearchNote: EnglishSearchNoteSchema,
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

/** What the pages' menus do not say about the About IOM document they carry. */
export const AboutMetadataSchema = z.strictObject({
  title: BilingualTextSchema,
  publishedEnglish: z.array(PublishedEnglishSchema).default([]),
  englishSearchNote: EnglishSearchNoteSchema,
});

export const MetadataFileSchema = z
  .strictObject({
    format: z.literal(1),
    documents: z.array(DocumentMetadataSchema).min(1),
    about: AboutMetadataSchema,
  })
  .refine((file) => new Set(file.documents.map((document) => document.id)).size === file.documents.length, {
    message: 'document ids must be unique',
  })
  .refine((file) => new Set(file.documents.map((document) => document.file)).size === file.documents.length, {
    message: 'each source file must be described once',
  });
export type MetadataFile = z.infer<typeof MetadataFileSchema>;
