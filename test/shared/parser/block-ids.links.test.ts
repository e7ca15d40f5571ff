import { describe, expect, it } from 'vitest';
import { assignBlockIds, BlockIdAllocator } from '@shared/parser/block-ids';

describe('block ids from content', () => {
  it('fingerprint a separator as "***" and a list as its items, one per line', () => {
    const { blocks } = assignBlockIds([
      { kind: 'separator', line: 1 },
      {
        kind: 'list',
        items: [
          { text: 'un', line: 2 },
          { text: 'deux', line: 3 },
        ],
        line: 2,
        introducedBy: null,
      },
    ]);
    const expected = new BlockIdAllocator();
    expect(blocks.map((block) => block.id)).toEqual([
      expected.allocate('separator', '***'),
      expected.allocate('list', 'un\ndeux'),
    ]);
  });

  it('link a footnote to a paragraph at the very top of the page', () => {
    const { blocks } = assignBlockIds([
      { kind: 'paragraph', text: 'Texte*.', line: 1, footnoteMarkers: ['*'] },
      { kind: 'footnote', marker: '*', text: 'La note.', line: 2 },
    ]);
    expect(blocks[1]).toMatchObject({ referencedFrom: blocks[0]?.id });
  });

  it('point every repeat of an item to its first appearance', () => {
    const { blocks } = assignBlockIds([
      {
        kind: 'list',
        items: ['Autre', 'autre', 'AUTRE'].map((text, index) => ({ text, line: index + 1 })),
        line: 1,
        introducedBy: null,
      },
    ]);
    const items = blocks[0]?.kind === 'list' ? blocks[0].items : [];
    expect(items.map((item) => item.duplicateOf)).toEqual([null, items[0]?.id, items[0]?.id]);
  });
});
