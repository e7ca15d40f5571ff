import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { createWordFolder, foldText } from '@shared/text/fold';

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

describe('createWordFolder', () => {
  it('folds a text exactly as foldText does, whatever its characters', () => {
    const fold = createWordFolder(8);
    const piece = fc.constantFrom(
      ' ',
      '\u00A0',
      '\n',
      '\u2003',
      '´',
      '¨',
      'É',
      'e\u0301',
      'ﬁ',
      '’',
      'Σ',
      'ς',
      'ΌΣ',
      'İ',
      'a',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), piece), { maxLength: 12 }).map((pieces) => pieces.join('')),
        (text) => fold(text) === foldText(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('remembers words between texts and still folds the next text right', () => {
    const fold = createWordFolder();
    expect(fold('Réunion à Genève')).toBe('reunion a geneve');
    expect(fold('Genève,  réunion')).toBe('geneve, reunion');
  });
});
