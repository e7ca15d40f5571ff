import { describe, expect, it } from 'vitest';
import { blockPassages } from '@shared/document/passages';
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
});
