import type { Block, Dateline, ParseWarning } from '../document/schema';
import { assignBlockIds } from '../parser/block-ids';
import type { DraftBlock } from '../parser/blocks';
import { splitDateline } from '../parser/dateline';
import { findSpeaker } from '../parser/quotes';
import { foldText } from '../text/fold';
import type { ArticleNode } from './article';
import { proseBlock } from './prose-block';

export interface ImportedBlocks {
  blocks: Block[];
  dateline: Dateline | null;
  warnings: ParseWarning[];
}

/**
 * Turns article nodes into the document's blocks: the heading that repeats the title is
 * dropped, `h1`s below the title become level-2 headings (h5/h6 level 4), a news dateline
 * is taken off the first paragraph, separators only stand between content.
 */
export function blocksFromNodes(nodes: readonly ArticleNode[], title: string): ImportedBlocks {
  const titleKey = foldText(title);
  const firstHeading = nodes.findIndex((node) => node.kind === 'heading');
  const kept = nodes.filter(
    (node, index) => !(index === firstHeading && node.kind === 'heading' && foldText(node.text) === titleKey),
  );

  const drafts: DraftBlock[] = [];
  let dateline: Dateline | null = null;
  // The dateline opens the text: it may follow headings and a kicker, nothing else.
  let pastOpening = false;
  kept.forEach((node, index) => {
    // Our line numbers for imported files are the node's position: there are no source lines.
    const line = index + 1;
    switch (node.kind) {
      case 'heading':
        drafts.push({
          kind: 'heading',
          level: Math.min(Math.max(node.level, 2), 4) as 2 | 3 | 4,
          text: node.text,
          line,
          origin: 'short-line',
        });
        return;
      case 'paragraph': {
        let text = node.text;
        if (dateline === null && !pastOpening) {
          const split = splitDateline(text);
          if (split.dateline) {
            dateline = split.dateline;
            text = split.text.trim();
          }
        }
        if (text !== '') drafts.push(proseBlock(text, line));
        const added = drafts.at(-1);
        if (added !== undefined && added.kind !== 'heading' && !isKicker(added)) pastOpening = true;
        return;
      }
      // A blockquote stays a quotation, whether or not it opens with a quotation mark.
      case 'quote':
        pastOpening = true;
        drafts.push({ kind: 'quote', text: node.text, line, speaker: findSpeaker(node.text) });
        return;
      case 'list': {
        pastOpening = true;
        const last = drafts.at(-1);
        const introduced = last?.kind === 'heading' || (last?.kind === 'paragraph' && last.text.endsWith(':'));
        drafts.push({
          kind: 'list',
          items: node.items.map((text) => ({ text, line })),
          line,
          introducedBy: introduced ? drafts.length - 1 : null,
        });
        return;
      }
      case 'separator':
        if (drafts.length > 0 && drafts.at(-1)?.kind !== 'separator') drafts.push({ kind: 'separator', line });
        return;
    }
  });
  while (drafts.at(-1)?.kind === 'separator') drafts.pop();

  const { blocks, warnings } = assignBlockIds(drafts);
  return { blocks, dateline, warnings };
}

/** A short label before a news text ("Communiqué de presse", "Press release"): the dateline may follow it. */
const MAX_KICKER_WORDS = 6;
const isKicker = (draft: DraftBlock): boolean =>
  draft.kind === 'paragraph' && draft.text.split(/\s+/u).length <= MAX_KICKER_WORDS && !/[.!?:;]$/u.test(draft.text);
