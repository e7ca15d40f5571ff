/**
 * The commonest short words of each language: they tell a French text from an English one
 * (the parser's guess at a page's language, the check that an English passage was not left
 * in French). One list per language, used by both.
 */
export const FUNCTION_WORDS = {
  // prettier-ignore
  fr: new Set([
    'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'pour', 'dans', 'sur', 'qui', 'que',
    'avec', 'au', 'aux', 'par', 'ont', 'sont', 'leur', 'leurs', 'cette', 'ces', 'entre', 'ainsi', 'également',
  ]),
  // prettier-ignore
  en: new Set([
    'the', 'a', 'an', 'and', 'of', 'is', 'are', 'to', 'in', 'for', 'on', 'that', 'with', 'which', 'by',
  ]),
} as const satisfies Record<'fr' | 'en', ReadonlySet<string>>;

/** The words of a text, lower-cased, for counting function words. */
export const wordsOf = (text: string): string[] =>
  text
    .toLocaleLowerCase('fr')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);

/** How many of the words are function words of the language. */
export const functionWordCount = (words: readonly string[], language: keyof typeof FUNCTION_WORDS): number =>
  words.filter((word) => FUNCTION_WORDS[language].has(word)).length;
