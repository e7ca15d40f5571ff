import { describe, expect, it } from 'vitest';
import {
  filterGlossary,
  headword,
  indexLetter,
  letterIndex,
  sameWords,
  sortGlossary,
} from '../../../renderer/src/glossary/glossary-list';
import type { GlossaryRow } from '../../../renderer/src/db/schema';

const entry = (id: string, fr: string, en: string, expansion: { fr: string; en: string }): GlossaryRow => ({
  id,
  kind: 'acronym',
  terms: { fr: [fr], en: [en] },
  expansion,
  definition: { fr: `Définition de ${fr}.`, en: `Definition of ${en}.` },
  source: 'https://example.org/source',
  occurrences: [],
});
const entries = [
  entry('rcp', 'PCR', 'RCP', { fr: 'Processus consultatifs régionaux', en: 'Regional consultative processes' }),
  entry('oim', 'OIM', 'IOM', {
    fr: 'Organisation internationale pour les migrations',
    en: 'International Organization for Migration',
  }),
  entry('ecowas', 'CEDEAO', 'ECOWAS', {
    fr: 'Communauté économique des États de l’Afrique de l’Ouest',
    en: 'Economic Community of West African States',
  }),
];

describe('the glossary list', () => {
  it('lists each entry under its first term in the interface language, alphabetically', () => {
    expect(sortGlossary(entries, 'fr').map((row) => headword(row, 'fr'))).toEqual(['CEDEAO', 'OIM', 'PCR']);
    expect(sortGlossary(entries, 'en').map((row) => headword(row, 'en'))).toEqual(['ECOWAS', 'IOM', 'RCP']);
  });

  it('filters on every word typed, in either language, whatever the accents and case', () => {
    expect(filterGlossary(entries, 'etats ouest').map((row) => row.id)).toEqual(['ecowas']);
    expect(filterGlossary(entries, 'MIGRATION').map((row) => row.id)).toEqual(['oim']);
    expect(filterGlossary(entries, 'l’afrique').map((row) => row.id)).toEqual(['ecowas']);
  });

  it('shows everything for an empty query and nothing for an unknown word', () => {
    expect(filterGlossary(entries, '   ')).toHaveLength(3);
    expect(filterGlossary(entries, 'xyzzy')).toEqual([]);
  });

  it('treats labels that differ only by case, accents or apostrophes as the same words', () => {
    expect(sameWords('Processus consultatifs régionaux', 'processus consultatifs regionaux')).toBe(true);
    expect(sameWords('l’OIM', "l'OIM")).toBe(true);
    expect(sameWords('OIM', 'IOM')).toBe(false);
  });
});

describe('the glossary A–Z index', () => {
  it('lists each letter present once, pointing at the first entry filed under it', () => {
    const more = [
      ...entries,
      entry('eu', 'UE', 'EU', { fr: 'Union européenne', en: 'European Union' }),
      entry('etats', 'États membres', 'Member States', { fr: 'États membres', en: 'Member States' }),
    ];
    expect(letterIndex(sortGlossary(more, 'fr'), 'fr')).toEqual([
      { letter: 'C', entryId: 'ecowas' },
      { letter: 'E', entryId: 'etats' },
      { letter: 'O', entryId: 'oim' },
      { letter: 'P', entryId: 'rcp' },
      { letter: 'U', entryId: 'eu' },
    ]);
  });

  it('files a headword starting with a digit or a sign under #', () => {
    expect(indexLetter(entry('g77', '77', 'G77', { fr: 'Groupe des 77', en: 'Group of 77' }), 'fr')).toBe('#');
  });
});
