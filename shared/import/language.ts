import type { Block } from '../document/schema';
import { passagesOf } from '../document/passages';
import type { Language } from '../document/vocabulary';
import { functionWordCount, wordsOf } from '../text/function-words';

/** `fr`, `fr-FR`, `en_GB`… → fr/en; any other language tag → null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
}

/** A text's language read off its most common short words, as the page parser reads a page without a menu. */
export function guessLanguage(blocks: readonly Block[]): Language | null {
  const words = passagesOf({ blocks }, 'fr').flatMap((passage) => wordsOf(passage.text));
  const fr = functionWordCount(words, 'fr');
  const en = functionWordCount(words, 'en');
  if (fr === en) return null;
  return fr > en ? 'fr' : 'en';
}

/** The first declared language that is French or English, else the one the text reads in. */
export function languageOf(
  declared: ReadonlyArray<string | null | undefined>,
  blocks: readonly Block[],
): Language | null {
  for (const tag of declared) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return guessLanguage(blocks);
}
