import { describe, expect, it } from 'vitest';
import { createTermMatcher, parenthesisedAcronyms } from '@shared/glossary/match';

const entries = [
  { id: 'rcp', terms: { fr: ['PCR'], en: ['RCP', 'RCPs'] } },
  { id: 'igad-rcp', terms: { fr: ['PCR-IGAD'], en: ['IGAD-RCP'] } },
  { id: 'bapa', terms: { fr: ['BAPA'], en: ['BAPA'] } },
  { id: 'bapa40', terms: { fr: ['BAPA+40'], en: ['BAPA+40'] } },
  { id: 'quito', terms: { fr: ['Processus de Quito'], en: ['Quito Process'] } },
];

describe('glossary term matching', () => {
  const french = createTermMatcher(entries, 'fr');
  const english = createTermMatcher(entries, 'en');

  it('finds whole words only, never inside another word', () => {
    expect(french('Les PCR et les PCRs, PCRX, XPCR, (PCR).').map((match) => match.start)).toEqual([4, 34]);
  });

  it('prefers the longest term where terms overlap', () => {
    expect(french('Le PCR-IGAD et la BAPA+40 puis le BAPA.').map((match) => `${match.entryId}:${match.term}`)).toEqual([
      'igad-rcp:PCR-IGAD',
      'bapa40:BAPA+40',
      'bapa:BAPA',
    ]);
  });

  it('matches names made of several words, in the language asked for', () => {
    expect(french('le Processus de Quito et le Quito Process').map((match) => match.term)).toEqual([
      'Processus de Quito',
    ]);
    expect(english('the Quito Process and the RCPs').map((match) => match.term)).toEqual(['Quito Process', 'RCPs']);
  });

  it('is case-sensitive: "pcr" is not "PCR"', () => {
    expect(french('pcr')).toEqual([]);
  });
});

describe('parenthesisedAcronyms', () => {
  it('finds acronyms introduced after their expansion, including "X ou Y" forms', () => {
    expect(
      parenthesisedAcronyms(
        'Pacte mondial (GCM), Conférence (CRM ou Processus de Puebla), Fonds (FO.AR), (BAPA+40) et (paragraphe 23 (b))',
      ),
    ).toEqual(['GCM', 'CRM', 'FO.AR']);
  });
});
