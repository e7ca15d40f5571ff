import { APP_ENTRY_URL } from '@shared/app-scheme';
import type { MarkdownDocument } from '@shared/backup/markdown';
import { blockPassages } from '@shared/document/passages';
import type { Language } from '@shared/document/vocabulary';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import type { BlockRow, DocumentRow } from '../db/schema';

/** A stored document as the Markdown export reads it, in the interface language. */
export function markdownDocument(
  document: DocumentRow,
  blocks: readonly BlockRow[],
  language: Language,
): MarkdownDocument {
  const english = (id: string): string | undefined => blocks.find((row) => row.english[id])?.english[id]?.text;
  const textOf = (id: string, french: string): string => (language === 'en' ? (english(id) ?? french) : french);
  // The heading each block stands under: the last one before it.
  const sections = new Map<string, string>();
  let heading: string | null = null;
  for (const { block } of blocks) {
    if (block.kind === 'heading') heading = textOf(block.id, block.text);
    if (heading) sections.set(block.id, heading);
  }
  return {
    title: titleIn(document, language).text,
    sectionOf: (blockId) => sections.get(blockId) ?? null,
    passageText: (blockId, itemId) => {
      const block = blocks.find((row) => row.id === blockId)?.block;
      if (!block) return null;
      // A list item or a field, when the bookmark names one; else the block's first passage.
      const passages = blockPassages(block);
      const passage = passages.find((candidate) => candidate.id === itemId) ?? passages[0];
      return passage ? textOf(passage.id, passage.text) : null;
    },
    link: (passageId) => `${APP_ENTRY_URL}#${documentPath(document, passageId)}`,
  };
}
