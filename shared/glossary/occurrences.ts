import type { GlossaryEntry } from '../dataset/glossary';
import type { BundledGlossaryEntry } from '../dataset/schema';
import type { Block, EnglishEdition } from '../document/schema';
import { createTermMatcher } from './match';

export interface GlossarySearchable {
  id: string;
  blocks: readonly Block[];
  english: EnglishEdition | null;
}

/** Each glossary entry with the passages (block or list item) that use it, in either language. */
export function withOccurrences(
  entries: readonly GlossaryEntry[],
  documents: readonly GlossarySearchable[],
): BundledGlossaryEntry[] {
  const french = createTermMatcher(entries, 'fr');
  const english = createTermMatcher(entries, 'en');
  const found = new Map<string, Array<{ docId: string; blockId: string }>>(entries.map((entry) => [entry.id, []]));
  for (const document of documents) {
    const passages = document.blocks.flatMap((block) => {
      if (block.kind === 'separator') return [];
      if (block.kind === 'list') return block.items.map((item) => ({ id: item.id, text: item.text }));
      return [{ id: block.id, text: block.text }];
    });
    for (const passage of passages) {
      const ids = new Set([
        ...french(passage.text).map((match) => match.entryId),
        ...english(document.english?.blocks[passage.id]?.text ?? '').map((match) => match.entryId),
      ]);
      for (const id of ids) found.get(id)?.push({ docId: document.id, blockId: passage.id });
    }
  }
  return entries.map((entry) => ({ ...entry, occurrences: found.get(entry.id) ?? [] }));
}
