import { describe, expect, it } from 'vitest';
import { draftFromPlainText } from '@shared/import/plain-text';

const draft = (text: string, fileName = 'note.txt') => {
  const result = draftFromPlainText(text, fileName);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('draftFromPlainText', () => {
  it('splits paragraphs on blank lines and joins the lines within one', () => {
    const read = draft('Titre de la note\n\nPremière ligne\nsuite du paragraphe.\n\nSecond paragraphe.\n');
    expect(read.content.title).toEqual({ text: 'Titre de la note', source: 'page' });
    expect(read.content.blocks).toMatchObject([
      { kind: 'paragraph', text: 'Première ligne suite du paragraphe.' },
      { kind: 'paragraph', text: 'Second paragraphe.' },
    ]);
  });

  it('takes each line as a paragraph when no blank line separates them', () => {
    const read = draft('Titre de la note\r\nUne phrase.\r\nUne autre phrase.\r\n');
    expect(read.content.blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      'Une phrase.',
      'Une autre phrase.',
    ]);
  });

  it('takes the file name as the title when the first line does not read like one', () => {
    const read = draft('Une phrase qui finit par un point.\n\nUne autre.', 'visite_du_centre.txt');
    expect(read.content.title).toEqual({ text: 'visite du centre', source: 'file-name' });
    expect(read.warnings.map((warning) => warning.code)).toEqual(['title-from-file-name']);
  });

  it('reads lines that all start like list items as a list, and a short line before a paragraph as a heading', () => {
    const read = draft('Titre de la note\n\nConstats\n\nLe centre est plein.\n\n- eau\n- abris\n');
    expect(read.content.blocks).toMatchObject([
      { kind: 'heading', level: 2, text: 'Constats' },
      { kind: 'paragraph' },
      { kind: 'list', items: [{ text: 'eau' }, { text: 'abris' }] },
    ]);
  });

  it('finds contact lines as the page parser does', () => {
    const read = draft('Titre de la note\n\nÉcrire à contact@example.org pour en savoir plus.');
    expect(read.content.blocks[0]).toMatchObject({
      kind: 'contact',
      contacts: [{ type: 'email', value: 'contact@example.org' }],
    });
  });
});
