/**
 * The dataset's fixed vocabularies, without the schema library: the renderer imports these
 * values, and should not carry the validator in its bundle for them.
 */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DOCUMENT_KINDS = ['news', 'press-release', 'statement', 'reference'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
