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
