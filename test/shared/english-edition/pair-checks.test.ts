import { describe, expect, it } from 'vitest';
import { checkTranslationPair } from '@shared/english-edition/pair-checks';

describe('translation pair checks', () => {
  it.each([
    [
      'a dropped figure',
      'Il y a 175 États membres et 171 pays.',
      'There are 175 Member States and many countries.',
      'digits',
    ],
    ['a retyped e-mail address', 'Contact : fkim@iom.int', 'Contact: fkim@iom.org', 'emails'],
    ['a changed web address', 'Voir https://www.iom.int/fr', 'See https://www.iom.int/en', 'urls'],
    ['a lost quotation', '« Un » et « deux », a-t-il dit.', '“One” and two, he said.', 'quotations'],
    [
      'an untranslated sentence',
      'Les participants ont constaté les progrès réalisés dans la région.',
      'Les participants ont constaté les progrès réalisés dans la région.',
      'untranslated',
    ],
    [
      'a summary',
      'Le soutien de l’OIM aux PCR comprend l’expertise technique, l’orientation, la recherche et le renforcement des capacités.',
      'IOM supports RCPs.',
      'length',
    ],
  ])('catch %s', (_name, fr, en, check) => {
    expect(checkTranslationPair(fr, en).map((problem) => problem.check)).toContain(check);
  });

  it('accept thousands written the English way', () => {
    expect(checkTranslationPair('plus de 1 500 participants', 'more than 1,500 participants')).toEqual([]);
  });
});
