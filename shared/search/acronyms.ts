import type { GlossaryEntry } from '../dataset/glossary';
import { foldText } from '../text/fold';

/**
 * Acronyms across languages, from the glossary: every one-word term of an acronym entry, in
 * either language, stands for all the others (`RCP`, `RCPs`, `PCR`; `UNFPA`, `FNUAP`). Keys
 * and values are folded words, as the index holds them.
 */
export type AcronymMap = ReadonlyMap<string, readonly string[]>;

const isOneWord = (term: string): boolean => /^[\p{L}\p{N}]+$/u.test(term);

export function acronymMap(entries: ReadonlyArray<Pick<GlossaryEntry, 'kind' | 'terms'>>): AcronymMap {
  const map = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.kind !== 'acronym') continue;
    const words = [...new Set([...entry.terms.fr, ...entry.terms.en].filter(isOneWord).map(foldText))];
    for (const word of words) map.set(word, [...new Set([...(map.get(word) ?? []), ...words])]);
  }
  return map;
}
