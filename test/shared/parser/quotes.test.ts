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
});
