/**
 * The document model's fixed vocabularies, without the schema library: the renderer imports
 * these values, and should not carry the validator in its bundle for them.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DOCUMENT_KINDS = ['news', 'press-release', 'statement', 'reference'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * What a document is for in the app: `page`, an ordinary page listed in the library; `about`,
 * the organisation's own presentation (the "About IOM" entry), read from its own menu entry.
 */
export const DOCUMENT_ROLES = ['page', 'about'] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** The id of the About IOM document, in the dataset, the English edition and the glossary. */
export const ABOUT_DOCUMENT_ID = 'about-iom';

/**
 * Where a passage of the English edition comes from: `published`, IOM's (or the UN's) own
 * English, copied word for word (typographic normalisation only) from the address the
 * document's English sources name; `ours`, our translation of the French, unofficial.
 */
export const ENGLISH_ORIGINS = ['published', 'ours'] as const;
export type EnglishOrigin = (typeof ENGLISH_ORIGINS)[number];
