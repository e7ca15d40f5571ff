import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { acronymKeys } from '@shared/align/acronym-keys';
import {
  anchorContainment,
  anchorsOf,
  anchorSimilarity,
  anchorWeights,
  cognatesOf,
  normaliseNumber,
} from '@shared/align/anchors';

const keys = acronymKeys([
  ['OIM', 'IOM'],
  ['PCR', 'RCP'],
  ['FNUAP', 'UNFPA'],
]);
const fr = (text: string): string[] => [...anchorsOf(text, 'fr', keys)].sort();
const en = (text: string): string[] => [...anchorsOf(text, 'en', keys)].sort();

describe('normaliseNumber', () => {
  it.each([
    ['1 000', '1000'],
    ['1\u202F000', '1000'],
    ['1,000', '1000'],
    ['1.000', '1000'],
    ['1 500 000', '1500000'],
    ['3,5', '3.5'],
    ['3.5', '3.5'],
    ['2024', '2024'],
    ['007', '7'],
  ])('reads %s as %s', (written, digits) => {
    expect(normaliseNumber(written)).toBe(digits);
  });
});

describe('anchorsOf', () => {
  it('gives the same figures for thousands and percentages written either way', () => {
    expect(fr('plus de 1 500 participants, dont 25 % de femmes')).toEqual(
      en('more than 1,500 participants, 25% of them women'),
    );
  });

  it('reads "per cent" and "pour cent" as a percentage', () => {
    expect(fr('25 pour cent')).toEqual(en('25 per cent'));
  });

  it('gives the same date for a French and an English day and month', () => {
    expect(fr('Banjul, 25 juillet 2024')).toEqual(en('Banjul, July 25, 2024'));
    expect(fr('le 25 juillet')).toEqual(en('on 25 July'));
  });

  it('reads a numeric day/month as the date written in words', () => {
    expect(fr('Jeudi (21/03), il a parlé')).toEqual(en('On Thursday (21 March), he spoke'));
  });

  it('counts a month named alone, but not the English verb "may"', () => {
    expect(fr('en mai')).toEqual(['month:5']);
    expect(en('in May')).toEqual(['month:5']);
    expect(en('they may go')).toEqual([]);
  });

  it('finds names not at a sentence start, folded and stemmed', () => {
    expect(fr('Le Secrétaire général António Guterres a salué M. Vitorino à Banjul.')).toEqual(
      en('The Secretary-General, António Guterres, welcomed Mr. Vitorino in Banjul.'),
    );
  });

  it('does not take a word opening a sentence or a quotation for a name', () => {
    expect(fr('Cette année. Pendant la conférence, « Notre objectif »')).toEqual([]);
  });

  it('maps acronyms through the pairs, plural or not', () => {
    expect(fr("l'OIM et les PCR, avec le FNUAP")).toEqual(en('IOM and the RCPs, with UNFPA'));
  });

  it('keeps an acronym absent from the pairs as it is', () => {
    expect(fr('le GCM')).toEqual(['acr:gcm']);
  });

  it('finds e-mail addresses, web addresses and phone numbers, whose digits are not figures', () => {
    const french = fr('Contact : jfurrer@iom.int, Tél : +54 11 15 3232 1384, https://www.iom.int/fr/news/');
    expect(french).toEqual(['email:jfurrer@iom.int', 'phone:54111532321384', 'url:iom.int/fr/news']);
    expect(en('Contact: JFurrer@iom.int, Tel: +54 11 15 3232 1384, http://iom.int/fr/news')).toEqual(french);
  });

  it('survives any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(anchorsOf(text, 'fr', keys)).toBeInstanceOf(Set);
      }),
    );
  });
});

describe('anchorSimilarity', () => {
  it('is 1 for the same anchors and 0 for none shared', () => {
    expect(anchorSimilarity(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(1);
    expect(anchorSimilarity(new Set(['a']), new Set(['b']))).toBe(0);
    expect(anchorSimilarity(new Set(), new Set())).toBe(0);
  });

  it('is the Dice coefficient without weights', () => {
    expect(anchorSimilarity(new Set(['a', 'b', 'c']), new Set(['a']))).toBeCloseTo(0.5);
  });

  it('counts a rare shared anchor more than a common one', () => {
    const weights = anchorWeights([new Set(['iom', 'banjul']), new Set(['iom']), new Set(['iom']), new Set(['iom'])]);
    const rare = anchorSimilarity(new Set(['iom', 'banjul']), new Set(['banjul', 'x']), weights);
    const common = anchorSimilarity(new Set(['iom', 'banjul']), new Set(['iom', 'x']), weights);
    expect(rare).toBeGreaterThan(common);
  });
});

describe('anchorContainment', () => {
  it('is the share of one set found in the other', () => {
    expect(anchorContainment(new Set(['a', 'b']), new Set(['a', 'c', 'd']))).toBe(0.5);
    expect(anchorContainment(new Set(), new Set(['a']))).toBe(0);
  });
});

describe('cognatesOf', () => {
  it('shares the stems of cognate words across the languages', () => {
    const french = cognatesOf('La protection des migrants et le développement');
    const english = cognatesOf('The protection of migrants and development');
    expect([...french].sort()).toEqual([...english].sort());
  });

  it('ignores words shorter than five letters', () => {
    expect([...cognatesOf('the and les des pour')]).toEqual([]);
  });
});
