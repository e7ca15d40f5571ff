import type { GlossaryEntry } from '../dataset/glossary';
import type { Language } from '../document/vocabulary';

export interface TermMatch {
  start: number;
  end: number;
  term: string;
  entryId: string;
}

export type TermMatcher = (text: string) => TermMatch[];

const escape = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Finds the glossary's terms in a text of one language: whole words only (never inside
 * another word), exact case, the longest term first where terms overlap ("BAPA+40" before
 * "BAPA", "PCR-IGAD" before "PCR").
 */
export function createTermMatcher(
  entries: ReadonlyArray<Pick<GlossaryEntry, 'id' | 'terms'>>,
  language: Language,
): TermMatcher {
  const owners = new Map<string, string>();
  for (const entry of entries)
    for (const term of entry.terms[language]) if (!owners.has(term)) owners.set(term, entry.id);
  const terms = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (terms.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      term: match[0],
      entryId: owners.get(match[0]) ?? '',
    }));
}

/** Acronyms a text introduces in parentheses right after their expansion: "(GCM)", "(RCM or …)". */
export function parenthesisedAcronyms(text: string): string[] {
  return [...text.matchAll(/\(([A-Z][A-Za-z.+-]*[A-Z0-9])(?:\s+(?:ou|or)\s+[^)]*)?\)/gu)].map(
    (match) => match[1] ?? '',
  );
}
