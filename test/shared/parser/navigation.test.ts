import { describe, expect, it } from 'vitest';
import { aboutSections, findNavigation, sameAboutContent, type NavigationSection } from '@shared/parser/navigation';
import { parseText, readSource, SEED_FILES } from '../../seeds';

const ENGLISH_PAGE = [
  '-',
  'Who We Are',
  'Who We AreIOM is part of the United Nations System, as the leading inter-governmental organization promoting since 1951 humane and orderly migration for the benefit of all.',
  'Structure',
  'Structure',
  '- Organizational Structure',
  '- Director General',
  '-',
  'Our Work',
  'Our WorkAs the leading inter-governmental organization promoting since 1951 humane and orderly migration, IOM plays a key role.',
  'What We Do',
  'What We Do',
  'Partnerships',
  'Partnerships',
  '- Where We Work',
  '-',
  'Take Action',
  'Take Action',
  'Get Involved',
  'Get Involved',
  '- Data and Research',
  '2030 Agenda',
  'IOM Welcomes the Adoption of a New Declaration',
  'Geneva – The International Organization for Migration (IOM) welcomes the adoption today of the declaration.',
].join('\n');

describe('site navigation', () => {
  it('recognises the English edition, ending at "2030 Agenda" without a dash', () => {
    const parsed = parseText(ENGLISH_PAGE);
    expect(parsed.page.language).toBe('en');
    expect(parsed.page.title.text).toBe('IOM Welcomes the Adoption of a New Declaration');
    expect(parsed.page.dateline?.place).toBe('Geneva');
    expect(parsed.about.map((section) => section.label)).toEqual(['Who We Are', 'Structure', 'Our Work']);
    expect(parsed.about[1]?.items).toEqual(['Organizational Structure', 'Director General']);
  });

  it('finds the end of the French menu by its last entry, not by line count', () => {
    const lines = readSource(SEED_FILES.losAngeles).split('\n');
    const shifted = [...lines.slice(0, 10), '- Une entrée de menu ajoutée', '- Une autre', ...lines.slice(10)];
    expect(findNavigation(lines).bodyStart).toBe(29);
    expect(findNavigation(shifted).bodyStart).toBe(31);
  });

  it('warns and stops at the end of the menu shape when the last entry is missing', () => {
    const lines = readSource(SEED_FILES.losAngeles)
      .split('\n')
      .filter((line) => line !== '- 2030 AGENDA');
    const navigation = findNavigation(lines);
    expect(navigation.warnings.map((warning) => warning.code)).toEqual(['navigation-end-not-found']);
    expect(lines[navigation.bodyStart]).toMatch(/^Communiqué de l'OIM/u);
  });

  it('takes a page without navigation as all content, and says so', () => {
    const parsed = parseText('Un titre de page\nUn paragraphe de contenu.');
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['navigation-not-found']);
    expect(parsed.page.language).toBe('fr');
  });

  it('takes an English page without navigation as English', () => {
    const parsed = parseText('A page title\nThe organization works with the governments of the region on migration.');
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['navigation-not-found']);
    expect(parsed.page.language).toBe('en');
  });

  it('leaves the language unknown when the text does not tell', () => {
    expect(parseText('Titre Title\nOIM IOM 2024.').page.language).toBeNull();
  });
});

const FRENCH_COUNTRY_OFFICE = [
  'Qui sommes-nous',
  "Qui sommes-nousL'OIM est présente au Sénégal depuis 2004 et travaille avec le gouvernement.",
  'Notre travail',
  'Notre travail',
  '- Migration et développement',
  '- Protection des migrants',
  '-',
  'Ce que nous faisons',
  'Ce que nous faisons',
  'Ce que nous faisons',
  '- Santé des migrants',
  'Actualités',
  'Le Sénégal lance sa politique nationale de migration',
  'Dakar – Le 18 janvier 2024, le gouvernement du Sénégal a adopté sa politique nationale de migration.',
  'Le texte a été préparé avec les partenaires du pays.',
];

const ENGLISH_COUNTRY_OFFICE = [
  '',
  'About',
  'AboutIOM has had a presence in Kenya since 1983 and works with the Government of Kenya.',
  'Our Work',
  'Our Work',
  '- Migration Health',
  '- Labour Mobility',
  'What We Do',
  'What We Do',
  '- Data and Resources',
  'Press Release',
  'Kenya Launches its National Migration Policy',
  'Nairobi — The Government of Kenya today launched its national migration policy.',
  'The policy was prepared with the support of the partners of the country.',
];

describe('country-office navigation', () => {
  it('finds where a French country-office menu ends without a "2030 Agenda" entry, and says so', () => {
    const navigation = findNavigation(FRENCH_COUNTRY_OFFICE);
    expect(navigation).toMatchObject({ found: true, bodyStart: 11, language: 'fr' });
    expect(navigation.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['navigation-end-not-found', 1],
    ]);
    expect(navigation.warnings[0]?.message).toMatch(/taken to end on line 11/u);
  });

  it('finds where an English country-office menu ends and tells its language from its labels', () => {
    expect(findNavigation(ENGLISH_COUNTRY_OFFICE)).toMatchObject({ found: true, bodyStart: 10, language: 'en' });
  });

  it('keeps the country blurb as About content', () => {
    const parsed = parseText(ENGLISH_COUNTRY_OFFICE.join('\n'));
    expect(parsed.about[0]).toEqual({
      label: 'About',
      text: 'IOM has had a presence in Kenya since 1983 and works with the Government of Kenya.',
      items: [],
    });
  });

  it('tells the language of a menu of unknown labels from the words of its blurbs', () => {
    const menu = [
      'Accueil',
      "AccueilL'OIM est présente dans le pays depuis 2004 et travaille avec les autorités.",
      'Projets',
      'Projets',
      'Un titre de page assez long pour ne pas être un menu',
    ];
    expect(findNavigation(menu)).toMatchObject({ found: true, bodyStart: 4, language: 'fr' });
    const english = [
      'Home',
      'HomeIOM works with the authorities of the country and is a partner of the Government.',
      'Projects',
      'Projects',
      'A page title long enough not to be a menu label',
    ];
    expect(findNavigation(english)).toMatchObject({ found: true, bodyStart: 4, language: 'en' });
  });

  it('leaves the language of a menu unknown when neither labels nor blurbs tell', () => {
    expect(
      findNavigation(['Accueil', 'Accueil', 'Projets', 'Projets', 'Un long titre qui ouvre la page enfin']).language,
    ).toBeNull();
  });

  it('does not take a headline given twice for a menu', () => {
    expect(findNavigation(['Un titre court', 'Un titre court', 'Le premier paragraphe de la page.'])).toMatchObject({
      found: false,
      bodyStart: 0,
      language: null,
    });
  });

  it('does not take a page that opens with a menu word followed by prose for a menu', () => {
    expect(findNavigation(['Partenariats', 'Les partenariats de l’OIM avec les États sont nombreux.']).found).toBe(
      false,
    );
  });

  it('reads a menu made of known single labels, dashes and blank lines', () => {
    expect(
      findNavigation(['-', 'Agir', '', 'Engagez-vous', '-', 'Un long titre de la page qui suit le menu']),
    ).toMatchObject({
      found: true,
      bodyStart: 5,
      language: 'fr',
    });
  });

  it('ends the menu at a link too long to be a menu entry', () => {
    const lines = [
      'Who We Are',
      'Who We Are',
      'Our Work',
      'Our Work',
      '- A list item of the page that is far too long to be a menu link',
    ];
    expect(findNavigation(lines).bodyStart).toBe(4);
  });

  it('ends the menu at its "2030 Agenda" entry, in either spelling', () => {
    expect(findNavigation(['Who We Are', 'Who We Are', 'Agenda 2030', 'Title line']).bodyStart).toBe(3);
    expect(findNavigation(['Qui sommes nous', 'Qui sommes nous', '- 2030 Agenda', 'Titre']).warnings).toEqual([]);
  });

  it('looks for the menu no further than 200 lines', () => {
    const long = [
      'Our Work',
      'Our Work',
      'Who We Are',
      'Who We Are',
      ...Array.from({ length: 300 }, () => '- Link'),
      'A long title of the page that follows',
    ];
    expect(findNavigation(long).bodyStart).toBe(200);
  });

  it('finds no menu in a page of blank lines and dashes only', () => {
    expect(findNavigation(['', '-', ' ']).found).toBe(false);
  });
});

describe('menu shape', () => {
  const menuThen = (...lines: string[]) =>
    findNavigation(['Who We Are', 'Who We Are', 'Our Work', 'Our Work', ...lines]);

  it('takes a label of five words for a menu label, not one of six', () => {
    expect(menuThen('One Two Three Four Five', 'One Two Three Four Five', 'Title').bodyStart).toBe(6);
    expect(menuThen('One Two Three Four Five Six', 'One Two Three Four Five Six', 'Title').bodyStart).toBe(4);
  });

  it('takes a link of ten words for a menu link, not one of eleven', () => {
    expect(menuThen('- 1 2 3 4 5 6 7 8 9 10', 'Title').bodyStart).toBe(5);
    expect(menuThen('- 1 2 3 4 5 6 7 8 9 10 11', 'Title').bodyStart).toBe(4);
  });

  it('does not take a line ending like a sentence for a label', () => {
    for (const end of ['.', ':', ';', '!', '?']) {
      expect(menuThen(`Label${end}`, `Label${end}`, 'Title').bodyStart).toBe(4);
    }
  });

  it('reads the 2030 Agenda entry with or without its dash, in any case', () => {
    expect(menuThen('-2030 agenda', 'Title')).toMatchObject({ bodyStart: 5, warnings: [] });
    expect(menuThen('-  AGENDA 2030 ', 'Title')).toMatchObject({ bodyStart: 5, warnings: [] });
    expect(menuThen('2030 Agenda for all', 'Title').warnings).toHaveLength(1);
  });

  it('tells the edition by its labels before the words of its blurbs', () => {
    const lines = [
      'Who We Are',
      "Who We AreL'OIM est présente dans le pays et travaille avec les autorités de la région.",
      'Our Work',
      'Our Work',
      'A page title long enough to end the menu here',
    ];
    expect(findNavigation(lines).language).toBe('en');
  });

  it('reads a label repeated a third time as part of the menu', () => {
    expect(menuThen('Our Work', 'A page title long enough to end the menu').bodyStart).toBe(5);
  });
});

describe('about sections', () => {
  const section = (label: string, text: string | null, items: string[] = []): NavigationSection => ({
    label,
    text,
    items,
  });

  it('keeps the sections with a blurb and the first link list after the first blurb', () => {
    const sections = [
      section('Menu', null, ['Avant']),
      section('Qui sommes nous', 'Blurb.'),
      section('Structure', null, ['Direction']),
      section('Autre', null, ['Lien']),
      section('Notre travail', 'Autre blurb.'),
    ];
    expect(aboutSections(sections).map((kept) => kept.label)).toEqual([
      'Qui sommes nous',
      'Structure',
      'Notre travail',
    ]);
  });

  it('keeps nothing from a menu without a blurb', () => {
    expect(aboutSections([section('Structure', null, ['Direction'])])).toEqual([]);
  });

  it('reads a label glued to a blurb, and a label given twice without one', () => {
    const parsed = findNavigation([
      'Agir',
      'Agir',
      '- Lien',
      'Qui sommes nous',
      'Qui sommes nousUn blurb.',
      '- 2030 Agenda',
    ]);
    expect(parsed.sections).toEqual([
      section('Agir', null, ['Lien']),
      section('Qui sommes nous', 'Un blurb.', ['2030 Agenda']),
    ]);
  });

  it('compares about content whatever its case and accents, and notices any change', () => {
    const about = [section('Qui sommes nous', 'Un blurb.', ['Structure'])];
    expect(sameAboutContent(about, [section('QUI SOMMES NOUS', 'Un blurb.', ['Structure'])])).toBe(true);
    expect(sameAboutContent(about, [section('Qui sommes nous', 'Un autre blurb.', ['Structure'])])).toBe(false);
    expect(sameAboutContent(about, [section('Qui sommes nous', null, ['Structure'])])).toBe(false);
    expect(sameAboutContent(about, [section('Qui sommes nous', 'Un blurb.', ['Direction'])])).toBe(false);
    expect(sameAboutContent(about, [...about, section('Agir', null)])).toBe(false);
  });
});
