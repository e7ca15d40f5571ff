import { describe, expect, it } from 'vitest';
import { corpusAcronyms, corpusEntries } from '@shared/search/corpus';
import { SearchIndex } from '@shared/search/search-index';
import { bundledDataset } from '../../dataset-fixture';

/**
 * The relevance table: queries a person would type, written from the texts, each with the
 * passage that must come first, or be among the first three where several passages fairly
 * compete. A query that fails here is fixed in the engine, never taken out of the table.
 */
const dataset = bundledDataset();
const index = SearchIndex.build(corpusEntries(dataset), corpusAcronyms(dataset));

const RCP = 'regional-consultative-processes';
const BANJUL = 'gcm-africa-americas-dialogue';
const BAPA = 'bapa40-south-south-cooperation';
const CEB = 'ceb-publication-high-level-dialogue';
const LA = 'los-angeles-declaration-statement';
const ABOUT = 'about-iom';

interface Case {
  query: string;
  /** `docId#passageId`, `docId#title` or `#glossary#entryId`. */
  expected: string;
  /** 1: must be the first hit; 3: must be among the first three. */
  within: 1 | 3;
  why: string;
}

// prettier-ignore
const CASES: Case[] = [
  // French, as written
  { query: 'Processus de Prague', expected: `${RCP}#i-ea445cc1`, within: 1, why: 'French, exact name' },
  { query: 'Processus de Puebla', expected: `${RCP}#i-219ba11f`, within: 1, why: 'French, name inside a list item' },
  { query: 'laboratoires', expected: `${RCP}#p-fd1235cc`, within: 1, why: 'French, rare word' },
  { query: 'Joëlle Furrer', expected: `${BANJUL}#c-9300dbd8`, within: 1, why: 'a contact person' },
  { query: 'visage humain', expected: `${CEB}#q-98c11d01`, within: 1, why: 'French, words of a quotation' },
  { query: 'Renforcement de la confiance', expected: `${RCP}#h-d8e6a092`, within: 1, why: 'French heading above its repeat in a list' },
  // English, as written
  { query: 'Prague Process', expected: `${RCP}#i-ea445cc1`, within: 1, why: 'English, exact name' },
  { query: 'missing migrants', expected: `${BANJUL}#p-2dfb16d9`, within: 1, why: 'English, two words' },
  { query: 'human face', expected: `${CEB}#q-98c11d01`, within: 1, why: 'English, words of a quotation' },
  { query: 'Confidence-building', expected: `${RCP}#h-d8e6a092`, within: 1, why: 'English, hyphenated heading' },
  { query: 'International Partnerships Division', expected: `${RCP}#p-c93a5fc6`, within: 1, why: 'English, a named division' },
  // Without accents, in other cases
  { query: 'reunion technique internationale', expected: `${RCP}#i-7c1d69ac`, within: 1, why: 'accents left out' },
  { query: 'MOYEN-ORIENT', expected: `${RCP}#h-2664af68`, within: 1, why: 'capitals and a hyphen' },
  { query: 'republique d argentine', expected: `${BAPA}#p-acba21d5`, within: 1, why: 'accent and elision left out' },
  { query: 'Joelle Furrer', expected: `${BANJUL}#c-9300dbd8`, within: 1, why: 'diaeresis left out' },
  // Elisions
  { query: "d'Almaty", expected: `${RCP}#i-73fea056`, within: 1, why: 'elided de before a name' },
  { query: "l'Autorité intergouvernementale", expected: `${RCP}#i-fdfe035d`, within: 1, why: 'elided article' },
  { query: 'Almaty', expected: `${RCP}#i-73fea056`, within: 1, why: "a name the text writes as d'Almaty" },
  // Stemming
  { query: 'politique migratoire nationale', expected: `${RCP}#p-29733118`, within: 1, why: 'singulars find politiques migratoires nationales' },
  { query: 'disparu', expected: `${BANJUL}#p-2dfb16d9`, within: 1, why: 'French singular finds disparus' },
  { query: 'laboratory', expected: `${RCP}#p-fd1235cc`, within: 1, why: 'English singular finds laboratories' },
  { query: 'trafficking', expected: `${RCP}#i-ad115889`, within: 3, why: 'English -ing form' },
  { query: 'statistics', expected: `${CEB}#q-98c11d01`, within: 3, why: 'English plural finds statistic (after the passage that says statistics)' },
  // Typos
  { query: 'Vitorinno', expected: `${BAPA}#p-cc736795`, within: 3, why: 'doubled letter in a name' },
  { query: 'Banjoul', expected: `${BANJUL}#title`, within: 1, why: 'French spelling of Banjul' },
  { query: 'Osotimehine', expected: `${CEB}#p-39e0f63b`, within: 1, why: 'a letter too many' },
  { query: 'laboratoirs', expected: `${RCP}#p-fd1235cc`, within: 1, why: 'a letter missing' },
  // Prefix, as typed
  { query: 'Osotim', expected: `${CEB}#p-39e0f63b`, within: 1, why: 'the start of a name, still typing' },
  { query: 'Furr', expected: `${BANJUL}#c-9300dbd8`, within: 1, why: 'the start of a name, still typing' },
  // Acronyms across languages
  { query: 'MIDWA', expected: `${RCP}#i-56ef5082`, within: 1, why: 'an acronym both languages share' },
  { query: 'FNUAP', expected: `${CEB}#p-b43b935b`, within: 3, why: 'French acronym' },
  { query: 'UNFPA Osotimehin', expected: `${CEB}#p-39e0f63b`, within: 3, why: 'English acronym, passage whose French says FNUAP (beside his quotation)' },
  { query: 'IPD', expected: `${RCP}#p-c93a5fc6`, within: 1, why: 'acronym inside parentheses' },
  { query: 'MCIM synergies', expected: `${RCP}#p-ff105931`, within: 1, why: 'French acronym of ISCMs' },
  { query: 'ISCM synergies', expected: `${RCP}#p-ff105931`, within: 1, why: 'English acronym, singular' },
  // Phrases
  { query: '"coopération Sud-Sud"', expected: `${BAPA}#title`, within: 3, why: 'quoted phrase' },
  { query: '"migrations sûres, ordonnées et régulières"', expected: `${BANJUL}#title`, within: 3, why: 'quoted phrase with stop word' },
  { query: '"human face"', expected: `${CEB}#q-98c11d01`, within: 1, why: 'quoted English phrase' },
  // Cross-lingual: the words of one language finding a passage shown in the other
  { query: 'Eastern Partnership Panel', expected: `${RCP}#i-56508ed9`, within: 1, why: 'English name of a French list item' },
  { query: 'Conférence sud-américaine', expected: `${RCP}#i-6f635d2c`, within: 1, why: 'French name of an acronym kept in English' },
  { query: 'unwavering commitment Americas', expected: `${LA}#p-c0e8eb33`, within: 1, why: 'English words of a French statement' },
  { query: 'Organizational Structure', expected: `${ABOUT}#i-37047ffd`, within: 1, why: 'English list item of About IOM' },
  // Headings and titles above body text
  { query: 'Amériques', expected: `${RCP}#h-679a5549`, within: 3, why: 'a region heading' },
  { query: 'Los Angeles Declaration', expected: `${LA}#title`, within: 1, why: 'a document title' },
  // The glossary
  { query: 'Dialogue de haut niveau', expected: `${CEB}#title`, within: 3, why: 'title over passages that repeat it' },
  { query: 'Marché commun', expected: `${RCP}#i-53a5f78e`, within: 3, why: 'words of a long list item (a paragraph and COMESA also name it)' },
];

describe('search relevance', () => {
  it.each(CASES)('$query → $expected (top $within): $why', ({ query, expected, within }) => {
    const ids = index.search(query, { limit: within }).hits.map((hit) => hit.entry.id);
    expect(ids).toContain(expected);
  });

  it('has at least 40 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});
