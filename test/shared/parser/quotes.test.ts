import { describe, expect, it } from 'vitest';
import { findSpeaker, isQuotation } from '@shared/parser/quotes';

describe('quotations', () => {
  it('are paragraphs that open with a quotation mark', () => {
    expect(isQuotation('« Notre objectif est clair », a déclaré…')).toBe(true);
    expect(isQuotation('“Our objective is clear,” said…')).toBe(true);
    expect(isQuotation('M. Vitorino a précisé que « la migration… »')).toBe(false);
  });

  it('name the speaker and role given after the quotation', () => {
    expect(
      findSpeaker(
        '« Texte », a ajouté Tshenolo Florence Omphitlhetse, représentant le Forum panafricain sur les migrations.',
      ),
    ).toEqual({ name: 'Tshenolo Florence Omphitlhetse', role: 'représentant le Forum panafricain sur les migrations' });
  });

  it('keep a title such as "Dr." with the name, and drop the article', () => {
    expect(findSpeaker('« Texte », a fait observer le Dr. Babatunde Osotimehin, Directeur exécutif du FNUAP.')).toEqual(
      { name: 'Dr. Babatunde Osotimehin', role: 'Directeur exécutif du FNUAP' },
    );
  });

  it('stop the role at the end of its sentence, before the next quotation', () => {
    expect(
      findSpeaker('« Un », déclare William Lacy Swing, Directeur général de l’OIM, qui préside le Groupe. « Deux. »'),
    ).toEqual({ name: 'William Lacy Swing', role: 'Directeur général de l’OIM, qui préside le Groupe' });
  });

  it('read English attributions too', () => {
    expect(
      findSpeaker(
        '“Our goal is clear,” said Karl Frédérick Paul, United Nations Resident Coordinator in The Gambia. “Let us…”',
      ),
    ).toEqual({ name: 'Karl Frédérick Paul', role: 'United Nations Resident Coordinator in The Gambia' });
  });

  it('give no speaker when the text names none', () => {
    expect(findSpeaker('« Une citation sans auteur. »')).toBeNull();
    expect(findSpeaker('« Texte », a déclaré la représentante.')).toBeNull();
  });

  it('name a speaker without a role', () => {
    expect(findSpeaker('« Texte », a déclaré Amy Pope.')).toEqual({ name: 'Amy Pope', role: null });
    expect(findSpeaker('“Text,” said Amy Pope')).toEqual({ name: 'Amy Pope', role: null });
  });

  it('give no speaker when no reporting verb follows the quotation', () => {
    expect(findSpeaker('« Texte », Amy Pope, Directrice générale.')).toBeNull();
    expect(findSpeaker('“Text,” Amy Pope, Director General.')).toBeNull();
  });

  it('read a straight-quoted quotation and a reporting verb without a comma', () => {
    expect(findSpeaker('"Text" says Amy Pope, Director General.')).toEqual({
      name: 'Amy Pope',
      role: 'Director General',
    });
  });

  it('drop "the" and "l’" before the name, whatever their case', () => {
    expect(findSpeaker('“Text,” noted the Director General, Amy Pope.')).toEqual({
      name: 'Director General',
      role: 'Amy Pope',
    });
    expect(findSpeaker('« Texte », a souligné l’Ambassadeur Jean Dupont.')).toEqual({
      name: 'Ambassadeur Jean Dupont',
      role: null,
    });
    expect(findSpeaker('« Texte », a rappelé La Présidente Anne Roy.')).toEqual({
      name: 'Présidente Anne Roy',
      role: null,
    });
  });

  it.each(['M.', 'Mme', 'Mr.', 'Mrs.', 'Ms.', 'Pr.', 'Prof.', 'Me.', 'Mlle.', 'St.'])(
    'keep the abbreviated title "%s" with the name',
    (title) => {
      expect(findSpeaker(`« Texte », a indiqué ${title} Jean Dupont, maire.`)).toEqual({
        name: `${title} Jean Dupont`,
        role: 'maire',
      });
    },
  );

  it('cut the attribution at a full stop that ends a word other than a title', () => {
    expect(findSpeaker('« Texte », a expliqué Jean Dupont. Il a ensuite quitté la salle.')).toEqual({
      name: 'Jean Dupont',
      role: null,
    });
  });

  it('keep every part of a role that itself has commas', () => {
    expect(findSpeaker('« Texte », a conclu Anne Roy, ministre, porte-parole, du gouvernement.')).toEqual({
      name: 'Anne Roy',
      role: 'ministre, porte-parole, du gouvernement',
    });
  });

  it('are quotations even with white space before the opening mark', () => {
    expect(isQuotation('   « Texte »')).toBe(true);
    expect(isQuotation('"Text"')).toBe(true);
    expect(isQuotation('Texte « cité »')).toBe(false);
  });
});
