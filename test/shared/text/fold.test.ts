import { describe, expect, it } from 'vitest';
import { foldText } from '@shared/text/fold';

describe('foldText', () => {
  it.each([
    ['case', 'OIM', 'oim'],
    ['accents', 'Réunion régionale à Genève', 'reunion regionale a geneve'],
    ['cedillas', 'Français', 'francais'],
    ['typographic apostrophes', 'l’OIM d‘Almaty', "l'oim d'almaty"],
    [
      'runs of white space and no-break spaces',
      '  Processus\u00A0 consultatifs\n régionaux ',
      'processus consultatifs regionaux',
    ],
  ])('makes %s not count', (_name, text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps what tells words apart: letters, digits, punctuation', () => {
    expect(foldText('BAPA+40, Étape 2')).toBe('bapa+40, etape 2');
  });

  it('folds an empty text to an empty text', () => {
    expect(foldText('')).toBe('');
  });
});
