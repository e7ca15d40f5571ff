import { z } from 'zod';
import { DOCUMENT_KINDS, DOCUMENT_ROLES, ENGLISH_ORIGINS, LANGUAGES } from './vocabulary';

/**
 * One document model, whether a document comes from the bundled dataset or, later, from a
 * person's own import: its blocks, its English edition aligned to them, and what we know of
 * it. The dataset schema describes the bundle that carries such documents; this module
 * describes a document.
 */

export const LanguageSchema = z.enum(LANGUAGES);

/** Block ids: a kind prefix and a content fingerprint, e.g. `p-3f9a2c1b` or `p-3f9a2c1b-2`. */
export const BlockIdSchema = z.string().regex(/^[a-z]-[0-9a-f]{8}(?:-\d+)?$/);

/** The text a block carries, as the source writes it (never empty). */
const TextSchema = z.string().min(1);

/** A block of one kind: the kind, its id, and the fields of its own. */
const blockOfKind = <Kind extends string, Shape extends z.ZodRawShape>(kind: Kind, shape: Shape) =>
  z.object({ kind: z.literal(kind), id: BlockIdSchema, ...shape });

const HeadingBlockSchema = blockOfKind('heading', {
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
  text: TextSchema,
});

const ParagraphBlockSchema = blockOfKind('paragraph', {
  text: TextSchema,
  /** Footnote markers (e.g. `*`) that this paragraph carries. */
  footnoteMarkers: z.array(z.string()),
});

export const ListItemSchema = z.object({
  id: BlockIdSchema,
  text: TextSchema,
  /** The id of the heading or item this one repeats, when the source repeats it. */
  duplicateOf: BlockIdSchema.nullable(),
});

const ListBlockSchema = blockOfKind('list', {
  /** The heading or lead-in paragraph that introduces the list, if any. */
  introducedBy: BlockIdSchema.nullable(),
  items: z.array(ListItemSchema).min(1),
});

export const SpeakerSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1).nullable(),
});

const QuoteBlockSchema = blockOfKind('quote', {
  text: TextSchema,
  speaker: SpeakerSchema.nullable(),
});

const FootnoteBlockSchema = blockOfKind('footnote', {
  marker: z.string().min(1),
  text: TextSchema,
  /** The paragraph whose marker points here. */
  referencedFrom: BlockIdSchema.nullable(),
});

const SeparatorBlockSchema = blockOfKind('separator', {});

export const ContactPointSchema = z.object({
  type: z.enum(['email', 'phone', 'url']),
  /** Exactly as written in the source. */
  value: z.string().min(1),
});

const ContactBlockSchema = blockOfKind('contact', {
  text: TextSchema,
  contacts: z.array(ContactPointSchema).min(1),
});

export const FieldItemSchema = z.object({
  id: BlockIdSchema,
  /** The field's name as the source writes it, without its colon ("Créé en", "Established"). */
  label: TextSchema,
  value: TextSchema,
});

/** Labelled facts of a profile page ("Type : …", "Membres : …"), one passage per field. */
const FieldsBlockSchema = blockOfKind('fields', {
  items: z.array(FieldItemSchema).min(1),
});

export const BlockSchema = z.discriminatedUnion('kind', [
  HeadingBlockSchema,
  ParagraphBlockSchema,
  ListBlockSchema,
  QuoteBlockSchema,
  FootnoteBlockSchema,
  SeparatorBlockSchema,
  ContactBlockSchema,
  FieldsBlockSchema,
]);

export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = Block['kind'];
export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type FieldItem = z.infer<typeof FieldItemSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type ContactPoint = z.infer<typeof ContactPointSchema>;

export const PARSE_WARNING_CODES = [
  'navigation-not-found',
  'navigation-end-not-found',
  'title-from-metadata',
  'title-from-file-name',
  'truncated-ending',
  'duplicate-item',
  'glued-heading-split',
  'lines-reflowed',
  'control-characters-removed',
  'no-content',
  'site-residue-removed',
  'repeated-title-removed',
  'category-line-removed',
  // Imports of a person's own files (shared/import/).
  'legacy-encoding',
  'declared-charset-wrong',
  'not-an-iom-export',
  'front-matter-unreadable',
  'mostly-links',
  'source-url-not-https',
] as const;
export const ParseWarningSchema = z.object({
  code: z.enum(PARSE_WARNING_CODES),
  message: z.string(),
  /** 1-based line in the source, when the warning concerns one line. */
  line: z.number().int().positive().nullable(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;
export type ParseWarningCode = ParseWarning['code'];

export const TitleSchema = z.object({
  text: z.string().min(1),
  source: z.enum(['page', 'metadata', 'file-name']),
});

export const DatelineSchema = z.object({
  place: z.string().min(1),
  /** The date as the page writes it ("25 juillet"), when it gives one. */
  dateText: z.string().min(1).nullable(),
  /** The dateline exactly as it stood before the first sentence. */
  raw: z.string().min(1),
});
export type Dateline = z.infer<typeof DatelineSchema>;

export const TruncationSchema = z.object({
  blockId: BlockIdSchema,
  /** The list item cut off, when the cut falls inside a list. */
  itemId: BlockIdSchema.nullable(),
});

/** What the parser makes of one page: its language, title, dateline and blocks. */
export const DocumentContentSchema = z.object({
  language: LanguageSchema.nullable(),
  title: TitleSchema,
  dateline: DatelineSchema.nullable(),
  blocks: z.array(BlockSchema),
  truncation: TruncationSchema.nullable(),
});
export type DocumentContent = z.infer<typeof DocumentContentSchema>;

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

export const IsoDateSchema = z
  .object({
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching the precision. */
    iso: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
    precision: z.enum(['year', 'month', 'day']),
  })
  .refine((date) => date.iso.split('-').length === { year: 1, month: 2, day: 3 }[date.precision], {
    message: 'the ISO date must have exactly the parts its precision names',
  });
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const BilingualTextSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const DocumentIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** One block (or list item) of our English edition, and whether the French moved on since. */
export const EnglishTextSchema = z.object({
  text: z.string().min(1),
  /** The French text changed after this translation was written: it needs revising. */
  stale: z.boolean(),
  /** For a quotation: the speaker as the English names them. */
  speaker: SpeakerSchema.nullable().optional(),
  /**
   * IOM's published English or our translation. Optional so that a bundle written before
   * provenance was recorded (format 2 without it) still reads: absent means ours.
   */
  origin: z.enum(ENGLISH_ORIGINS).optional(),
});
export type EnglishText = z.infer<typeof EnglishTextSchema>;

/** An English text IOM (or the UN) published for a document, and what part of it we found. */
export const PublishedEnglishSourceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  /** Which passages (or which part of the text) the stored copy covers, in English. */
  coverage: z.string().min(1),
});
export type PublishedEnglishSource = z.infer<typeof PublishedEnglishSourceSchema>;

/** The English edition of one document, aligned to the French block and item ids. */
export const EnglishEditionSchema = z.object({
  title: EnglishTextSchema.nullable(),
  dateline: z
    .object({ place: z.string().min(1), dateText: z.string().min(1).nullable(), stale: z.boolean() })
    .nullable(),
  /** By French block id or list item id. */
  blocks: z.record(BlockIdSchema, EnglishTextSchema),
  /** Where IOM's own English was found; empty when the whole edition is our translation. */
  publishedSources: z.array(PublishedEnglishSourceSchema).optional(),
});
export type EnglishEdition = z.infer<typeof EnglishEditionSchema>;

export const ReadableDocumentSchema = DocumentContentSchema.extend({
  id: DocumentIdSchema,
  role: z.enum(DOCUMENT_ROLES),
  /** The file the content was read from (for About IOM, the page whose menu it was kept from). */
  sourceFile: z.string().min(1),
  kind: DocumentKindSchema,
  date: IsoDateSchema.nullable(),
  place: BilingualTextSchema.nullable(),
  sourceUrl: z.url({ protocol: /^https$/ }).nullable(),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  warnings: z.array(ParseWarningSchema),
  english: EnglishEditionSchema.nullable(),
  editorialNotes: z.array(z.object({ blockId: BlockIdSchema, text: BilingualTextSchema })),
});
/** A document a person can read: its content, its English edition and what we know of it. */
export type ReadableDocument = z.infer<typeof ReadableDocumentSchema>;
