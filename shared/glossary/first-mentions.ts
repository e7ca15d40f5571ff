import type { PassageKind } from '../document/passages';
import type { Language } from '../document/vocabulary';
import type { TermMatcher } from './match';

/**
 * Where each glossary entry is first mentioned in each section, so the reader can mark that
 * mention and leave the others quiet: "RCPs" dotted five times in one paragraph is noise, once
 * per section is a help. A section starts at every heading (the heading's own mentions count
 * as the section's first). Passages come in reading order, each matched in the language its
 * text is in (an untranslated passage stands in the original); the answer maps a passage id
 * to the entries first mentioned in it.
 */
export function firstMentions(
  passages: Iterable<{ id: string; kind: PassageKind; text: string; language: Language }>,
  matchers: Readonly<Record<Language, TermMatcher>>,
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  let mentioned = new Set<string>();
  for (const passage of passages) {
    if (passage.kind === 'heading') mentioned = new Set();
    const first = new Set<string>();
    for (const { entryId } of matchers[passage.language](passage.text)) {
      if (mentioned.has(entryId)) continue;
      mentioned.add(entryId);
      first.add(entryId);
    }
    if (first.size > 0) result.set(passage.id, first);
  }
  return result;
}
