import type { AboutEntry, Language } from './schema';
import type { DraftBlock } from '../parser/blocks';
import { assignBlockIds } from '../parser/block-ids';
import type { NavigationSection } from '../parser/navigation';

/** The "About IOM" entry: each kept navigation section as a heading, its blurb and its list. */
export function buildAboutEntry(
  language: Language,
  sections: readonly NavigationSection[],
): Omit<AboutEntry, 'english'> {
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
  return { language, blocks: assignBlockIds(drafts).blocks };
}
