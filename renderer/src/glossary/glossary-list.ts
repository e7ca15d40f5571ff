import type { Language } from '@shared/document/vocabulary';
import { foldText } from '@shared/text/fold';
import type { GlossaryRow } from '../db/schema';

/** The word an entry is listed under: its first term in the language. */
export const headword = (entry: GlossaryRow, language: Language): string =>
  entry.terms[language][0] ?? entry.expansion[language];

const collator = (language: Language) => new Intl.Collator(language, { sensitivity: 'base', numeric: true });

/** Alphabetical by headword, the way the interface language sorts. */
export function sortGlossary(entries: readonly GlossaryRow[], language: Language): GlossaryRow[] {
  const compare = collator(language).compare;
  return [...entries].sort((a, b) => compare(headword(a, language), headword(b, language)));
}

/** True when two labels differ only by case, accents or apostrophes: no need to show both. */
export const sameWords = (a: string, b: string): boolean => foldText(a) === foldText(b);

/** Entries whose terms, expansions or definitions (either language) contain every word typed. */
export function filterGlossary(entries: readonly GlossaryRow[], query: string): GlossaryRow[] {
  const words = foldText(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = foldText(
      [
        ...entry.terms.fr,
        ...entry.terms.en,
        entry.expansion.fr,
        entry.expansion.en,
        entry.definition.fr,
        entry.definition.en,
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** The index letter of an entry: its headword's first letter, unaccented; `#` for a digit or sign. */
export function indexLetter(entry: GlossaryRow, language: Language): string {
  const first = foldText(headword(entry, language)).charAt(0).toUpperCase();
  return /^[A-Z]$/u.test(first) ? first : '#';
}

/** The A–Z index of a sorted list: each letter present, with the first entry filed under it. */
export function letterIndex(
  sorted: readonly GlossaryRow[],
  language: Language,
): Array<{ letter: string; entryId: string }> {
  const seen = new Map<string, string>();
  for (const entry of sorted) {
    const letter = indexLetter(entry, language);
    if (!seen.has(letter)) seen.set(letter, entry.id);
  }
  return [...seen].map(([letter, entryId]) => ({ letter, entryId }));
}
