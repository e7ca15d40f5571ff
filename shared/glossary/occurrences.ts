import type { GlossaryEntry } from '../dataset/glossary';
import type { BundledGlossaryEntry } from '../dataset/schema';
import { passagesOf, type WalkableDocument } from '../document/passages';
import { LANGUAGES } from '../document/vocabulary';
import { createTermMatcher } from './match';

/** Each glossary entry with the passages (block or list item) that use it, in either language. */
export function withOccurrences(
  entries: readonly GlossaryEntry[],
  documents: ReadonlyArray<WalkableDocument & { id: string }>,
): BundledGlossaryEntry[] {
  const matchers = { fr: createTermMatcher(entries, 'fr'), en: createTermMatcher(entries, 'en') };
  const found = new Map<string, Array<{ docId: string; blockId: string }>>(entries.map((entry) => [entry.id, []]));
  for (const document of documents) {
    // The same passages in the same order, once per language.
    const walks = LANGUAGES.map((language) => ({ language, passages: passagesOf(document, language) }));
    walks[0]?.passages.forEach((passage, index) => {
      const ids = new Set(
        walks.flatMap(({ language, passages }) => {
          const text = passages[index];
          // A passage without this language shows the original: its terms count in the original's walk.
          return text?.language === language ? matchers[language](text.text).map((match) => match.entryId) : [];
        }),
      );
      for (const id of ids) found.get(id)?.push({ docId: document.id, blockId: passage.id });
    });
  }
  return entries.map((entry) => ({ ...entry, occurrences: found.get(entry.id) ?? [] }));
}
