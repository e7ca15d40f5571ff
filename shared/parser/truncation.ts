import type { Block } from '../document/schema';
import { isBalanced, SENTENCE_END } from './punctuation';

/**
 * Where a page ends mid-sentence: its last block is prose without final punctuation, or
 * leaves a bracket or quotation open. List items and headings need no final punctuation,
 * so only an unclosed bracket gives them away ("… pays voisins concernés (CEI").
 */
export function findTruncation(blocks: readonly Block[]): { blockId: string; itemId: string | null } | null {
  const last = blocks.at(-1);
  if (!last) return null;
  switch (last.kind) {
    case 'paragraph':
    case 'quote':
    case 'footnote':
      return !isBalanced(last.text) || !SENTENCE_END.test(last.text) ? { blockId: last.id, itemId: null } : null;
    case 'heading':
      return isBalanced(last.text) ? null : { blockId: last.id, itemId: null };
    case 'list': {
      const item = last.items.at(-1);
      return item && !isBalanced(item.text) ? { blockId: last.id, itemId: item.id } : null;
    }
    case 'fields': {
      // A field's value is a name or a list of names: only an open bracket gives a cut away.
      const item = last.items.at(-1);
      return item && !isBalanced(item.value) ? { blockId: last.id, itemId: item.id } : null;
    }
    case 'contact':
      return isBalanced(last.text) ? null : { blockId: last.id, itemId: null };
    case 'separator':
      return null;
  }
}
