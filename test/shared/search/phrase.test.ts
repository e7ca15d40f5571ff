import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseWords } from '@shared/search/analyzer';
import { holdsPhrase, phraseLook } from '@shared/search/phrase';

describe('phraseLook', () => {
  it('finds a phrase whatever the case and accents of the text', () => {
    expect(phraseLook(['cooperation', 'regionale'])('La Coopération  RÉGIONALE avance.')).toBe(true);
  });

  it('finds words across what the analyzer cuts between them: possessives, punctuation, elisions', () => {
    expect(phraseLook(['oim', 'bureau'])("l'OIM’s bureau")).toBe(true);
    expect(phraseLook(['role', 'oim'])("le rôle, de l'OIM")).toBe(false);
    expect(phraseLook(['sud', 'sud'])('la coopération Sud-Sud')).toBe(true);
  });

  it('says no when the words are apart or in another order', () => {
    expect(phraseLook(['migrants', 'disparus'])('des migrants qui ont disparu, disparus')).toBe(false);
    expect(phraseLook(['disparus', 'migrants'])('migrants disparus')).toBe(false);
  });

  it('cannot tell of a text holding a letter outside the Latin ranges, or a ligature', () => {
    expect(phraseLook(['migration', 'sure'])('Μετανάστευση: migration sûre')).toBeUndefined();
    expect(phraseLook(['fin', 'du'])('la ﬁn du sujet')).toBeUndefined();
  });

  it('reads any other character as parting words (a currency sign, a combining mark, a symbol)', () => {
    expect(phraseLook(['500', 'millions'])('500 € millions')).toBe(true);
    expect(phraseLook(['500', 'millions'])('500 de millions')).toBe(false);
    expect(phraseLook(['500', 'millions'])('500\u00a0millions €')).toBe(true);
    expect(phraseLook(['re', 'union'])('re\u0301union ™')).toBe(true);
  });

  it('never says no to a text whose words hold the phrase (fast-check)', () => {
    const pieces = [
      'a',
      'é',
      'E',
      'œ',
      'ﬁ',
      'l',
      'd',
      'qu',
      's',
      'S',
      'ſ',
      "'",
      '’',
      'ʼ',
      '`',
      ' ',
      ' ',
      '-',
      ',',
      '.',
      '\u0301',
      'ß',
      'İ',
      'ǅ',
      '2',
      '²',
      'ç',
      'Ç',
      'x',
      'e',
      'o',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 1, max: 3 }), (haystack, start, length) => {
        const words = phraseWords(haystack);
        if (words.length === 0) return;
        const from = start % words.length;
        const phrase = words.slice(from, from + length);
        expect(holdsPhrase(words, phrase)).toBe(true);
        expect(phraseLook(phrase)(haystack)).not.toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
