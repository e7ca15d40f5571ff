import { describe, expect, it } from 'vitest';
import { analyze, isStopWord, phraseWords, stemOf } from '@shared/search/analyzer';

const words = (text: string, language: 'fr' | 'en') => analyze(text, language).map((token) => token.word);
const stems = (text: string, language: 'fr' | 'en') => analyze(text, language).map((token) => token.stem);

describe('analyze', () => {
  it('folds case and accents out of each word', () => {
    expect(words('Réunion ÉTATS', 'fr')).toEqual(['reunion', 'etats']);
  });

  it('cuts French elisions off the word, in either language and with either apostrophe', () => {
    expect(words("l'OIM d’Almaty qu'elle jusqu'au", 'fr')).toEqual(['oim', 'almaty']);
    expect(words("the Processus d'Almaty", 'en')).toEqual(['processus', 'almaty']);
  });

  it("cuts the English possessive off the word (IOM's)", () => {
    expect(words("IOM's role", 'en')).toEqual(['iom', 'role']);
  });

  it('keeps each word where it stands in the text, without its elided article', () => {
    const [token] = analyze("l'OIM", 'fr');
    expect(token).toMatchObject({ start: 2, end: 5 });
  });

  it('leaves stop words out, per language', () => {
    expect(words('les migrants et la migration', 'fr')).toEqual(['migrants', 'migration']);
    expect(words('the migrants and the migration', 'en')).toEqual(['migrants', 'migration']);
  });

  it('stems with Snowball in the text language, then folds', () => {
    expect(stems('migrants migratoires réunions', 'fr')).toEqual(['migr', 'migratoir', 'reunion']);
    expect(stems('migrants trafficking processes', 'en')).toEqual(['migrant', 'traffick', 'process']);
  });

  it('splits hyphenated names into their words, and keeps numbers', () => {
    expect(words('Afrique-Amérique BAPA+40', 'fr')).toEqual(['afrique', 'amerique', 'bapa', '40']);
  });

  it('finds no word in punctuation, symbols or control characters', () => {
    expect(analyze('?!… — « » \u0000\u202e', 'fr')).toEqual([]);
  });
});

describe('stemOf', () => {
  it('gives an accented and an unaccented spelling the same stem', () => {
    expect(stemOf('régionaux', 'fr')).toBe(stemOf('regionaux', 'fr'));
  });
});

describe('isStopWord', () => {
  it('compares folded, so a capitalised stop word is one too', () => {
    expect(isStopWord('Les', 'fr')).toBe(true);
    expect(isStopWord('OIM', 'fr')).toBe(false);
  });
});

describe('phraseWords', () => {
  it('keeps stop words, for phrases are compared word for word', () => {
    expect(phraseWords('Migrations sûres, ordonnées et régulières')).toEqual([
      'migrations',
      'sures',
      'ordonnees',
      'et',
      'regulieres',
    ]);
  });
});
