import { describe, expect, it } from 'vitest';
import { fallbackTitle, introducedName, looksLikeTitle } from '@shared/parser/title';

describe('looksLikeTitle', () => {
  it.each([
    'Dialogue Afrique-Amérique sur le Pacte mondial',
    'IOM Welcomes the Adoption of a New Declaration',
    'Why migrate?',
    'Migration et climat !',
  ])('takes "%s" for a title', (line) => {
    expect(looksLikeTitle(line)).toBe(true);
  });

  it.each([
    ['an empty line', ''],
    ['a single word', 'Migration'],
    ['a list item', '- Renforcement de la confiance'],
    ['a bullet', '• Renforcement de la confiance'],
    ['a footnote', '*Les participants comprenaient'],
    ['a quotation', '« Notre objectif est clair »'],
    ['an English quotation', '“Our goal is clear”'],
    ['a straight-quoted quotation', '"Our goal is clear"'],
    ['a sentence', 'Le rapport final sera publié.'],
    ['a clause', 'Le rapport final sera publié,'],
    ['a clause ending in a semicolon', 'Le rapport final sera publié ;'],
    ['a lead-in', 'Pour plus d’informations, veuillez contacter :'],
    ['a contact line', 'Florence Kim fkim@iom.int'],
    ['a very long line', `Un titre ${'très '.repeat(60)}long`],
  ])('does not take %s for a title', (_what, line) => {
    expect(looksLikeTitle(line)).toBe(false);
  });

  it('takes a title of exactly 250 characters, not one of 251', () => {
    const title = (length: number): string => `Un ${'a'.repeat(length - 3)}`;
    expect(looksLikeTitle(title(250))).toBe(true);
    expect(looksLikeTitle(title(251))).toBe(false);
  });
});

describe('fallbackTitle', () => {
  it('takes the curated title first, trimmed, and says so', () => {
    expect(fallbackTitle({ metadataTitle: '  Processus consultatifs  ', fileName: 'a.txt' })).toEqual({
      text: 'Processus consultatifs',
      source: 'metadata',
      warning: {
        code: 'title-from-metadata',
        message: 'the page has no title line; the title comes from the curated metadata',
        line: null,
      },
    });
  });

  it('falls back to the file name without its folder and extension, underscores and hyphens as spaces', () => {
    const fallback = fallbackTitle({ metadataTitle: '  ', fileName: 'C:\\exports/fr/002_rcp-profil.txt' });
    expect(fallback.text).toBe('002 rcp profil');
    expect(fallback.source).toBe('file-name');
    expect(fallback.warning).toEqual({
      code: 'title-from-file-name',
      message: 'the page has no title line and no curated title; the title "002 rcp profil" comes from the file name',
      line: null,
    });
  });

  it('says "untitled" without a file name, or when the name has no letters to keep', () => {
    expect(fallbackTitle({}).text).toBe('untitled');
    expect(fallbackTitle({ fileName: '___.txt' }).text).toBe('untitled');
  });
});

describe('introducedName', () => {
  it.each([
    [
      'Le Processus de Rabat (Dialogue euro-africain sur la migration et le développement) est un dialogue.',
      'Processus de Rabat (Dialogue euro-africain sur la migration et le développement)',
    ],
    [
      'La Conférence régionale sur les migrations (CRM) réunit onze États.',
      'Conférence régionale sur les migrations (CRM)',
    ],
    [
      "L'Initiative de Khartoum (Processus de Khartoum) a été lancée en 2014.",
      'Initiative de Khartoum (Processus de Khartoum)',
    ],
    ['The Bali Process (BP) is a forum.', 'Bali Process (BP)'],
    ['Colombo Process (CP) brings together countries.', 'Colombo Process (CP)'],
  ])('reads the name "%s" introduces', (sentence, name) => {
    expect(introducedName(sentence)).toBe(name);
  });

  it.each([
    'Les processus consultatifs régionaux sur la migration (PCR) sont des dialogues.',
    'Créé en 2006, le Processus de Rabat (PR) réunit 57 pays.',
    'Le Processus de Rabat réunit 57 pays.',
    'Type : Processus (régional)',
  ])('reads no name from "%s"', (sentence) => {
    expect(introducedName(sentence)).toBeNull();
  });
});
