import type { TermMatch } from '@shared/glossary/match';
import type { TextRange } from '@shared/text/ranges';
import type { GlossaryRow } from '../../db/schema';

/** A glossary term in a passage, with the entry that explains it. */
export type GlossaryTermRange = TextRange<'glossary-term', { term: string; entry: GlossaryRow }>;

/**
 * The glossary terms a matcher found, as ranges. A match whose entry is not in the glossary
 * (a stale matcher while the glossary reloads) is left as plain text.
 */
export function glossaryTermRanges(
  matches: readonly TermMatch[],
  entries: ReadonlyMap<string, GlossaryRow>,
): GlossaryTermRange[] {
  return matches.flatMap(({ start, end, term, entryId }) => {
    const entry = entries.get(entryId);
    return entry ? [{ layer: 'glossary-term', start, end, data: { term, entry } }] : [];
  });
}
