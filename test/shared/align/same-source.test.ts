import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { editionLikelihood, pageKey, sameSourcePage } from '@shared/align/same-source';
import { bundledPair, glossaryAcronymPairs } from './bundled-pairs';

describe('sameSourcePage', () => {
  it.each([
    ['https://www.iom.int/fr/news/x', 'https://www.iom.int/news/x'],
    ['https://www.iom.int/fr/news/x', 'https://iom.int/en/news/x/'],
    ['https://rabat.iom.int/fr/news/y', 'https://rabat.iom.int/news/y'],
    ['https://example.org/page?lang=fr', 'https://example.org/page?lang=en'],
    ['https://example.org/page?id=4&lang=fr', 'http://EXAMPLE.org/page?lang=en&id=4#top'],
    ['https://fr.example.org/page', 'https://en.example.org/page'],
  ])('takes %s and %s for the editions of one page', (a, b) => {
    expect(sameSourcePage(a, b)).toBe(true);
  });

  it.each([
    ['https://www.iom.int/fr/news/x', 'https://www.iom.int/news/y'],
    ['https://rabat.iom.int/news/y', 'https://dakar.iom.int/news/y'],
    ['https://example.org/page?id=4', 'https://example.org/page?id=5'],
    ['https://example.org/fr/news/x', 'https://example.org/news/fr/x'],
  ])('tells %s from %s', (a, b) => {
    expect(sameSourcePage(a, b)).toBe(false);
  });

  it.each([
    ['', ''],
    ['not an address', 'not an address'],
    ['ftp://example.org/x', 'ftp://example.org/x'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['https://', 'https://'],
  ])('refuses what is not a web address (%j)', (a, b) => {
    expect(sameSourcePage(a, b)).toBe(false);
  });

  it('keeps a broken percent escape as written instead of failing', () => {
    expect(pageKey('https://example.org/%E0%A4%A/x')).toBe('example.org/%E0%A4%A/x');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(typeof sameSourcePage(a, b)).toBe('boolean');
      }),
    );
  });
});

describe('editionLikelihood', () => {
  const acronymPairs = glossaryAcronymPairs();
  const ceb = bundledPair('cebRelease');
  const losAngeles = bundledPair('losAngeles');

  it('scores the French and English editions of one page high on their content alone', () => {
    const likelihood = editionLikelihood({ content: ceb.fr }, { content: ceb.en }, { acronymPairs });
    expect(likelihood.score).toBeGreaterThan(0.5);
    expect(likelihood.reasons).toEqual(expect.arrayContaining(['languages', 'anchors']));
  });

  it('scores two editions of different pages low', () => {
    const likelihood = editionLikelihood({ content: ceb.fr }, { content: losAngeles.en }, { acronymPairs });
    expect(likelihood.score).toBeLessThan(0.3);
  });

  it('counts the same page address and the same date', () => {
    const french = { content: losAngeles.fr, sourceUrl: 'https://www.iom.int/fr/news/x', date: '2022-06-10' };
    const english = { content: losAngeles.en, sourceUrl: 'https://www.iom.int/news/x', date: '2022-06-10' };
    const likelihood = editionLikelihood(french, english, { acronymPairs });
    expect(likelihood.reasons).toEqual(expect.arrayContaining(['address', 'date']));
    expect(likelihood.score).toBe(1);
  });

  it('is symmetric', () => {
    const a = { content: ceb.fr };
    const b = { content: ceb.en };
    expect(editionLikelihood(a, b, { acronymPairs })).toEqual(editionLikelihood(b, a, { acronymPairs }));
  });

  it('is zero for two documents in the same language, whatever they share', () => {
    expect(editionLikelihood({ content: ceb.fr }, { content: ceb.fr }).score).toBe(0);
  });

  it('gives less to documents whose languages are unknown', () => {
    const known = editionLikelihood({ content: ceb.fr }, { content: ceb.en }, { acronymPairs });
    const unknown = editionLikelihood(
      { content: { ...ceb.fr, language: null } },
      { content: { ...ceb.en, language: null } },
      { acronymPairs },
    );
    expect(unknown.score).toBeLessThan(known.score);
    expect(unknown.reasons).not.toContain('languages');
  });
});
