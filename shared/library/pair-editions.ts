import { toEnglishEdition, type EnglishOnlyBlock } from '../align/to-english-edition';
import type { EditionAlignment } from '../align/rows';
import type { ReadableDocument } from '../document/schema';

/**
 * Two imported documents read as one: the French edition's blocks, with the English edition
 * aligned to them, as the bundle's pages are, rebuilt from the stored alignment each time the
 * pair is read. Apart from the alignment's schema, so the reader loads the aligner only when
 * a person reads a pair.
 */

/** A French document joined with its English edition for reading side by side. */
export interface PairedDocument {
  document: ReadableDocument;
  /** English passages with no French counterpart, and the French block each follows. */
  englishOnly: EnglishOnlyBlock[];
}

/**
 * The French edition with the English one aligned to it: its English title, dateline and the
 * English of each passage, from the alignment. The English is the page's own (a person
 * imported it), so it carries no origin and is never stale. Pure.
 */
export function pairEditions(
  french: ReadableDocument,
  english: ReadableDocument,
  alignment: EditionAlignment,
  acronymPairs: ReadonlyArray<readonly [string, string]> = [],
): PairedDocument {
  const reader = toEnglishEdition(french, english, alignment, { acronymPairs });
  return {
    document: {
      ...french,
      english: {
        title: { text: english.title.text, stale: false },
        dateline: english.dateline
          ? { place: english.dateline.place, dateText: english.dateline.dateText, stale: false }
          : null,
        blocks: reader.edition.blocks,
        publishedSources: [],
      },
    },
    englishOnly: reader.englishOnly,
  };
}
