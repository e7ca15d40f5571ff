import { describe, expect, it } from 'vitest';
import { blockPassages } from '@shared/document/passages';
import { assignBlockIds, BlockIdAllocator } from '@shared/parser/block-ids';
import { parseText, readSource, SEED_FILES } from '../../seeds';

/** Every id a page's parse gives, in order: each block's, then its passages' where they differ (list items). */
const ids = (text: string): string[] =>
  parseText(text).page.blocks.flatMap((block) => [
    ...new Set([block.id, ...blockPassages(block).map((passage) => passage.id)]),
  ]);

describe('block ids', () => {
  const seed = () => {
    const source = readSource(SEED_FILES.gcmDialogue);
    return { source, original: ids(source) };
  };

  it('are unique within a document', () => {
    for (const file of Object.values(SEED_FILES)) {
      const all = ids(readSource(file));
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('are the same on every parse of the same text', () => {
    const { source, original } = seed();
    expect(ids(source)).toEqual(original);
  });

  it('stay the same for every other block when one paragraph is edited', () => {
    const { source, original } = seed();
    const edited = ids(
      source.replace('Le rapport final sera publié dans les prochains jours.', 'Le rapport final a été publié.'),
    );
    const changed = original.filter((id) => !edited.includes(id));
    expect(changed).toHaveLength(1);
    expect(edited.filter((id) => !original.includes(id))).toHaveLength(1);
  });

  it('stay the same when a block is added or removed elsewhere', () => {
    const { source, original } = seed();
    const added = ids(source.replace('***', 'Un paragraphe ajouté par la rédaction.\n***'));
    expect(original.every((id) => added.includes(id))).toBe(true);
    const removed = ids(source.replace(/^Le rapport final sera publié dans les prochains jours\.\n/mu, ''));
    expect(original.filter((id) => !removed.includes(id))).toHaveLength(1);
  });

  it('tell identical blocks apart by their order', () => {
    const twice = ids('Titre de la page\nUn paragraphe répété.\nUn autre.\nUn paragraphe répété.');
    expect(twice[0]).toMatch(/^p-[0-9a-f]{8}$/u);
    expect(twice[2]).toBe(`${twice[0]}-2`);
  });

  it('start with a letter that says the kind of block or item', () => {
    const { blocks } = assignBlockIds([
      { kind: 'heading', level: 2, text: 'Titre', line: 1, origin: 'short-line' },
      { kind: 'paragraph', text: 'Texte*.', line: 2, footnoteMarkers: ['*'] },
      { kind: 'list', items: [{ text: 'un', line: 3 }], line: 3, introducedBy: 0 },
      { kind: 'quote', text: '« Citation »', line: 4, speaker: null },
      { kind: 'footnote', marker: '*', text: 'Note.', line: 5 },
      { kind: 'separator', line: 6 },
      { kind: 'contact', text: 'a@iom.int', line: 7, contacts: [{ type: 'email', value: 'a@iom.int' }] },
      { kind: 'fields', items: [{ label: 'Type', value: 'PCR', line: 8 }], line: 8 },
    ]);
    const letters = blocks
      .flatMap((block) => [block.id, ...blockPassages(block).map((passage) => passage.id)])
      .map((id) => id.slice(0, 2));
    expect([...new Set(letters)]).toEqual(['h-', 'p-', 'l-', 'i-', 'q-', 'f-', 's-', 'c-', 'd-', 't-']);
  });

  it('make every separator the same content, told apart by order', () => {
    const { blocks } = assignBlockIds([
      { kind: 'separator', line: 1 },
      { kind: 'separator', line: 2 },
    ]);
    expect(blocks[1]?.id).toBe(`${blocks[0]?.id}-2`);
  });

  it('are allocated per content, the same content numbered from its second use', () => {
    const allocator = new BlockIdAllocator();
    const first = allocator.allocate('paragraph', 'Un texte.');
    expect(allocator.allocate('paragraph', 'Un  texte.')).toBe(`${first}-2`);
    expect(allocator.allocate('paragraph', 'Un texte.')).toBe(`${first}-3`);
    expect(allocator.allocate('quote', 'Un texte.')).toBe(`q-${first.slice(2)}`);
  });
});

describe('assignBlockIds', () => {
  it('links a footnote to the first earlier paragraph that carries its marker, not a later one', () => {
    const { blocks } = assignBlockIds([
      { kind: 'paragraph', text: 'Sans marque.', line: 1, footnoteMarkers: [] },
      { kind: 'paragraph', text: 'Avec marque**.', line: 2, footnoteMarkers: ['**'] },
      { kind: 'footnote', marker: '**', text: 'La note.', line: 3 },
      { kind: 'footnote', marker: '*', text: 'Une note orpheline.', line: 4 },
      { kind: 'paragraph', text: 'Plus loin*.', line: 5, footnoteMarkers: ['*'] },
    ]);
    expect(blocks[2]).toMatchObject({ kind: 'footnote', referencedFrom: blocks[1]?.id });
    expect(blocks[3]).toMatchObject({ kind: 'footnote', referencedFrom: null });
  });

  it('flags a list item that repeats a heading or item of its section, and only of its section', () => {
    const { blocks, warnings } = assignBlockIds([
      { kind: 'heading', level: 2, text: 'Confiance', line: 1, origin: 'short-line' },
      { kind: 'heading', level: 3, text: 'Réseaux', line: 2, origin: 'short-line' },
      {
        kind: 'list',
        items: [
          { text: 'confiance', line: 3 },
          { text: 'Autre', line: 4 },
          { text: 'autre', line: 5 },
        ],
        line: 3,
        introducedBy: null,
      },
      { kind: 'heading', level: 2, text: 'Section suivante', line: 6, origin: 'short-line' },
      { kind: 'list', items: [{ text: 'Confiance', line: 7 }], line: 7, introducedBy: 3 },
    ]);
    const list = blocks[2];
    const items = list?.kind === 'list' ? list.items : [];
    expect(items.map((item) => item.duplicateOf)).toEqual([blocks[0]?.id, null, items[1]?.id]);
    const later = blocks[4];
    expect(later?.kind === 'list' && later.items[0]?.duplicateOf).toBeNull();
    expect(later).toMatchObject({ introducedBy: blocks[3]?.id });
    expect(warnings).toEqual([
      {
        code: 'duplicate-item',
        message: 'the list item "confiance" repeats one shown earlier in the same section',
        line: 3,
      },
      {
        code: 'duplicate-item',
        message: 'the list item "autre" repeats one shown earlier in the same section',
        line: 5,
      },
    ]);
  });
});
