import { describe, expect, it } from 'vitest';
import { parseText } from '../../seeds';

describe('the lines before the title', () => {
  it('skips blank lines and dashes before the category line and the title', () => {
    const parsed = parseText(
      ['', '-', 'Actualités', '', '-', 'Un titre de page', '', 'Un titre de page', 'Le texte.'].join('\n'),
    );
    expect(parsed.hints.category).toBe('Actualités');
    expect(parsed.page.title.text).toBe('Un titre de page');
    expect(parsed.page.blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });

  it('takes no category from a category word followed by a list', () => {
    const parsed = parseText(['Actualités', '- un', '- deux'].join('\n'));
    expect(parsed.hints.category).toBeNull();
  });

  it('keeps the text after a category line when no title follows it', () => {
    const parsed = parseText(['Actualités', 'Une phrase qui n’est pas un titre.', 'Une autre.'].join('\n'));
    expect(parsed.hints.category).toBe('Actualités');
    expect(parsed.page.blocks.map((block) => (block.kind === 'paragraph' ? block.text : block.kind))).toEqual([
      'Une phrase qui n’est pas un titre.',
      'Une autre.',
    ]);
  });

  it('takes no title from a line followed by blank lines only', () => {
    expect(parseText('Un titre de page\n\n\n').page.title.source).toBe('file-name');
  });

  it('takes a title followed by a list item alone', () => {
    expect(parseText('Un titre de page\n- un élément').page.title.source).toBe('page');
  });

  it('splits a dateline off the first paragraph after blank lines', () => {
    const parsed = parseText('Un titre de page\n\n\nGenève – Le texte.');
    expect(parsed.page.dateline?.place).toBe('Genève');
    expect(parsed.page.blocks[0]).toMatchObject({ text: 'Le texte.' });
  });

  it('drops a repeated headline after a dash line', () => {
    const parsed = parseText('Un titre de page\n-\nUn titre de page\nLe texte.');
    expect(parsed.page.blocks).toHaveLength(1);
  });
});
