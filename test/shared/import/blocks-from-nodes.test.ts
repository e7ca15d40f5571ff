import { describe, expect, it } from 'vitest';
import { blocksFromNodes } from '@shared/import/blocks-from-nodes';

describe('blocksFromNodes', () => {
  it('drops the first heading when it repeats the title', () => {
    const { blocks } = blocksFromNodes(
      [
        { kind: 'heading', level: 1, text: 'Le Titre' },
        { kind: 'paragraph', text: 'Texte.' },
      ],
      'le titre',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });

  it('makes an h1 below the title a level-2 heading, and h5/h6 level 4', () => {
    const { blocks } = blocksFromNodes(
      [
        { kind: 'heading', level: 1, text: 'Une partie' },
        { kind: 'heading', level: 3, text: 'Un point' },
        { kind: 'heading', level: 6, text: 'Un détail' },
        { kind: 'paragraph', text: 'Texte.' },
      ],
      'Titre',
    );
    expect(blocks.map((block) => block.kind === 'heading' && block.level)).toEqual([2, 3, 4, false]);
  });

  it('takes the dateline off the first paragraph, after a kicker', () => {
    const { blocks, dateline } = blocksFromNodes(
      [
        { kind: 'paragraph', text: 'Communiqué de presse' },
        { kind: 'paragraph', text: 'Genève, 12 mars 2002 – Le texte commence ici.' },
      ],
      'Titre',
    );
    expect(dateline).toMatchObject({ place: 'Genève', dateText: '12 mars 2002' });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Le texte commence ici.' });
  });

  it('finds no dateline past the opening of the text', () => {
    const { dateline } = blocksFromNodes(
      [
        { kind: 'paragraph', text: 'Un premier paragraphe qui est une vraie phrase complète.' },
        { kind: 'paragraph', text: 'Genève, 12 mars 2002 – Le texte.' },
      ],
      'Titre',
    );
    expect(dateline).toBeNull();
  });

  it('keeps separators only between content', () => {
    const { blocks } = blocksFromNodes(
      [
        { kind: 'separator' },
        { kind: 'paragraph', text: 'Un.' },
        { kind: 'separator' },
        { kind: 'separator' },
        { kind: 'paragraph', text: 'Deux.' },
        { kind: 'separator' },
      ],
      'Titre',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'separator', 'paragraph']);
  });

  it('links a list to the heading or lead-in paragraph that introduces it', () => {
    const { blocks } = blocksFromNodes(
      [
        { kind: 'paragraph', text: 'Les besoins sont les suivants :' },
        { kind: 'list', items: ['eau', 'abris'] },
      ],
      'Titre',
    );
    expect(blocks[1]).toMatchObject({ kind: 'list', introducedBy: blocks[0]?.id });
  });

  it('keeps a blockquote a quotation, and names its speaker when the text does', () => {
    const { blocks } = blocksFromNodes(
      [{ kind: 'quote', text: '« Agir vite », a déclaré Amy Pope, Directrice générale.' }],
      'Titre',
    );
    expect(blocks[0]).toMatchObject({ kind: 'quote', speaker: { name: 'Amy Pope', role: 'Directrice générale' } });
  });
});
