import { describe, expect, it } from 'vitest';
import { findNavigation, sameAboutContent } from '@shared/parser/navigation';

// One label pair, then the label alone: only a known menu word makes it the menu's second label.
const menuWith = (label: string) =>
  findNavigation(['Structure', 'Structure', label, 'Un long titre de page qui suit le menu']);

describe('menu words of each edition', () => {
  it.each([
    'Qui sommes nous',
    'Qui sommes-nous',
    'Notre travail',
    'Ce que nous faisons',
    'Partenariats',
    'Où travaillons-nous',
    'Agir',
    'Travailler avec nous',
    'Engagez-vous',
    'Données et recherche',
    'Notre présence',
  ])('knows "%s" alone as a French menu word', (label) => {
    expect(menuWith(label)).toMatchObject({ found: true, bodyStart: 3, language: 'fr' });
  });

  it.each([
    'Who We Are',
    'Our Work',
    'What We Do',
    'Partnerships',
    'Where We Work',
    'Take Action',
    'Work With Us',
    'Get Involved',
    'Data and Research',
    'Our Presence',
  ])('knows "%s" alone as an English menu word', (label) => {
    expect(menuWith(label)).toMatchObject({ found: true, bodyStart: 3, language: 'en' });
  });

  it('does not know a word that is not on the menus', () => {
    expect(menuWith('Bienvenue').found).toBe(false);
  });
});

describe('menu sections', () => {
  it('skips blank lines and dashes, and reads a label alone as a section without blurb', () => {
    const navigation = findNavigation([
      '',
      '-',
      'Agir',
      'Agir',
      '',
      '- Lien',
      '-',
      'Partenariats',
      '- Où travaillons-nous',
      '  - 2030 AGENDA',
      'Titre',
    ]);
    expect(navigation.sections).toEqual([
      { label: 'Agir', text: null, items: ['Lien'] },
      { label: 'Partenariats', text: null, items: ['Où travaillons-nous', '2030 AGENDA'] },
    ]);
    expect(navigation.bodyStart).toBe(10);
  });

  it('reads a link written with a bullet and several spaces', () => {
    const navigation = findNavigation(['Agir', 'Agir', '•   Lien', 'Agenda 2030']);
    expect(navigation.sections[0]?.items).toEqual(['Lien']);
  });

  it('says on which line a menu without its last entry starts, after blank lines and dashes', () => {
    const navigation = findNavigation([
      '',
      '-',
      'Who We Are',
      'Who We Are',
      'Our Work',
      'Our Work',
      'A long page title that ends the menu',
    ]);
    expect(navigation.warnings[0]).toMatchObject({ line: 3, message: expect.stringContaining('starts on line 3') });
    expect(navigation.warnings[0]?.message).toContain('taken to end on line 6');
  });

  it('does not run a label into the next one when comparing about content', () => {
    expect(sameAboutContent([{ label: 'Ab', text: null, items: [] }], [{ label: 'A', text: 'b', items: [] }])).toBe(
      false,
    );
  });
});
