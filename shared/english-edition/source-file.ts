import { z } from 'zod';
import { shortHash } from '../hash';
import { normaliseForFingerprint } from '../text/normalise';
import { blockPassages } from '../document/passages';
import { BlockIdSchema, DocumentIdSchema, type Block, type Dateline } from '../document/schema';
import { ENGLISH_ORIGINS } from '../document/vocabulary';

/**
 * Our English edition, stored beside the French sources: one file per document, aligned
 * block by block (and item by item) to the French block ids. Each entry carries the French
 * text it translates and its fingerprint: when the French changes, the fingerprint no
 * longer matches and the English is stale until someone revises it.
 */

/** Fingerprint of a French text: 8 hex digits of the SHA-256 of its normalised form. */
export const fingerprint = (text: string): string => shortHash(normaliseForFingerprint(text));

const FingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/);

/**
 * `published`: the English is IOM's own, copied word for word from one of the addresses the
 * document's curated metadata lists under `publishedEnglish`. Absent: our translation.
 */
const OriginSchema = z.enum(ENGLISH_ORIGINS).optional();

export const TranslatedTextSchema = z.strictObject({
  source: FingerprintSchema,
  fr: z.string().min(1),
  en: z.string(),
  origin: OriginSchema,
});

const TranslatedBlockSchema = z.strictObject({
  id: BlockIdSchema,
  source: FingerprintSchema,
  fr: z.string().min(1),
  en: z.string(),
  origin: OriginSchema,
});

const TranslatedListSchema = z.strictObject({
  id: BlockIdSchema,
  items: z.array(TranslatedBlockSchema).min(1),
});

export const TranslationFileSchema = z.strictObject({
  format: z.literal(1),
  document: DocumentIdSchema,
  title: TranslatedTextSchema.nullable(),
  dateline: z
    .strictObject({
      source: FingerprintSchema,
      fr: z.string().min(1),
      place: z.string(),
      dateText: z.string().nullable(),
    })
    .nullable(),
  blocks: z.array(z.union([TranslatedListSchema, TranslatedBlockSchema])),
});
export type TranslationFile = z.infer<typeof TranslationFileSchema>;
export type TranslatedBlock = z.infer<typeof TranslatedBlockSchema>;

const datelineText = (dateline: Dateline): string => dateline.raw;

/** An English file to fill in for a French document: every text to translate, in order. */
export function translationSkeleton(
  documentId: string,
  french: { title: string | null; dateline: Dateline | null; blocks: readonly Block[] },
): TranslationFile {
  const entry = (id: string, fr: string) => ({ id, source: fingerprint(fr), fr, en: '' });
  return {
    format: 1,
    document: documentId,
    title: french.title === null ? null : { source: fingerprint(french.title), fr: french.title, en: '' },
    dateline:
      french.dateline === null
        ? null
        : {
            source: fingerprint(datelineText(french.dateline)),
            fr: datelineText(french.dateline),
            place: '',
            dateText: french.dateline.dateText === null ? null : '',
          },
    blocks: french.blocks.flatMap((block): TranslationFile['blocks'] => {
      const entries = blockPassages(block).map((passage) => entry(passage.id, passage.text));
      // A list's items (and a field list's fields) are translated one by one, grouped under its id.
      return block.kind === 'list' || block.kind === 'fields' ? [{ id: block.id, items: entries }] : entries;
    }),
  };
}

/** Every entry of a file with its French and English (list items one by one), in order. */
export function fileEntries(file: TranslationFile): TranslatedBlock[] {
  return file.blocks.flatMap((entry) => ('items' in entry ? entry.items : [entry]));
}

/** How many of a file's entries (title included) are IOM's published English. */
export function publishedEntries(file: TranslationFile): number {
  return (
    (file.title?.origin === 'published' ? 1 : 0) +
    fileEntries(file).filter((entry) => entry.origin === 'published').length
  );
}
