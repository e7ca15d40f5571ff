import type { DocumentContent } from '../document/schema';
import type { Language } from '../document/vocabulary';
import type { DraftBlock } from '../parser/blocks';
import { assignBlockIds } from '../parser/block-ids';
import type { NavigationSection } from '../parser/navigation';

/**
 * The content of the About IOM document: each navigation section the pages' menus carry, as
 * a heading, its blurb and its list. The menus give no title: it is curated.
 */
export function aboutContent(
  language: Language,
  sections: readonly NavigationSection[],
  title: string,
): DocumentContent {
  const drafts: DraftBlock[] = sections.flatMap((section, index): DraftBlock[] => [
    { kind: 'heading', level: 2, text: section.label, line: index + 1, origin: 'accordion' },
    ...(section.text === null
      ? []
      : [{ kind: 'paragraph' as const, text: section.text, line: index + 1, footnoteMarkers: [] }]),
    ...(section.items.length === 0
      ? []
      : [
          {
            kind: 'list' as const,
            items: section.items.map((text) => ({ text, line: index + 1 })),
            line: index + 1,
            introducedBy: null,
          },
        ]),
  ]);
  return {
    language,
    title: { text: title, source: 'metadata' },
    dateline: null,
    blocks: assignBlockIds(drafts).blocks,
    truncation: null,
  };
}
