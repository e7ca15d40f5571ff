import { describe, expect, it } from 'vitest';
import {
  classifyLines,
  detectWrapWidth,
  dropSiteResidue,
  isSiteResidue,
  markFields,
  reflowText,
  splitGluedLabels,
  type LineToken,
} from '@shared/parser/lines';
import { parseText } from '../../seeds';

const HARD_WRAPPED = [
  "Titre d'une ancienne page de l'OIM",
  "Genève - L'Organisation internationale pour les migrations publie aujourd'hui",
  'un nouveau rapport sur les migrations dans le monde, qui examine les tendances',
  'récentes et les défis que doivent relever les gouvernements de toutes les',
  'régions du monde.',
  'Le rapport présente également des données nouvelles sur les envois de fonds des',
  'migrants vers leurs pays d’origine et sur les déplacements liés au climat,',
  'ainsi que des recommandations pour les politiques publiques.',
].join('\n');

describe('line handling', () => {
  it('re-flows hard-wrapped lines into paragraphs', () => {
    const { page, warnings } = parseText(HARD_WRAPPED);
    expect(page.blocks).toHaveLength(2);
    expect(page.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^L'Organisation internationale .* aujourd'hui un nouveau rapport .* toutes les régions du monde\.$/u,
      ),
    });
    expect(page.blocks[1]).toMatchObject({
      text: expect.stringMatching(/des migrants vers .* climat, ainsi que des recommandations/u),
    });
    expect(warnings.find((warning) => warning.code === 'lines-reflowed')?.message).toMatch(/^5 hard-wrapped/u);
  });

  it('joins a line that runs on into a lowercase continuation, even without hard wrapping', () => {
    const { tokens, joined } = reflowText(
      classifyLines(['Une phrase qui continue', 'sur la ligne suivante.', 'Une autre phrase.'], 1),
    );
    expect(joined).toBe(1);
    expect(tokens.map((token) => (token.type === 'text' ? token.text : token.type))).toEqual([
      'Une phrase qui continue sur la ligne suivante.',
      'Une autre phrase.',
    ]);
  });

  it('does not join headings, list items or finished sentences', () => {
    const { joined } = reflowText(
      classifyLines(['Asie et Pacifique', 'Europe (Eurasie)', '- Processus de Prague', 'Fin.', 'Début.'], 1),
    );
    expect(joined).toBe(0);
  });

  it('does not take one-line-per-paragraph text for hard-wrapped text', () => {
    expect(
      detectWrapWidth(
        classifyLines(['a'.repeat(300), 'b'.repeat(40), 'c'.repeat(90), 'd'.repeat(500), 'e'.repeat(25)], 1),
      ),
    ).toBeNull();
  });

  it('splits a label glued to the list item after it, and only then', () => {
    const glued = splitGluedLabels(
      classifyLines(['Afrique- Forum ministériel (RMFM)', '- Migration Dialogue (MIDEAC)'], 1),
    );
    expect(glued.tokens.map((token) => token.type)).toEqual(['text', 'item', 'item']);
    expect(glued.split).toEqual([1]);
    const prose = splitGluedLabels(classifyLines(['Les pays du Sud- et du Nord coopèrent.', 'Suite.'], 1));
    expect(prose.split).toEqual([]);
  });

  it('classifies separators, lone dashes and bullets', () => {
    expect(classifyLines(['***', '-', '- item', '• puce', '', 'texte'], 1).map((token) => token.type)).toEqual([
      'separator',
      'dash',
      'item',
      'item',
      'blank',
      'text',
    ]);
  });

  it('classifies underscore and spaced separators, and squeezes white space inside text', () => {
    expect(classifyLines(['___', '- - -', '* * *', 'un    deux'], 1)).toEqual([
      { type: 'separator', line: 1 },
      { type: 'separator', line: 2 },
      { type: 'separator', line: 3 },
      { type: 'text', text: 'un deux', line: 4 },
    ]);
  });

  it('numbers lines from the number it is given', () => {
    expect(classifyLines(['a', '- b'], 30)).toEqual([
      { type: 'text', text: 'a', line: 30 },
      { type: 'item', text: 'b', line: 31 },
    ]);
  });
});

const texts = (tokens: readonly LineToken[]): string[] =>
  tokens.map((token) => ('text' in token ? token.text : token.type));

describe('re-flowing', () => {
  it('joins a line that ends with a closing bracket to its lowercase continuation', () => {
    const { tokens } = reflowText(
      classifyLines(["L'Organisation pour les migrations (OIM)", 'a publié un rapport.'], 1),
    );
    expect(texts(tokens)).toEqual(["L'Organisation pour les migrations (OIM) a publié un rapport."]);
  });

  it('does not join a finished sentence, even in a closing quotation mark or bracket, to a lowercase line', () => {
    for (const end of ['.', '!', '?', '…', '.»', '.”', '.)', '."', '.]']) {
      expect(reflowText(classifyLines([`Une phrase finie${end}`, 'une suite'], 1)).joined).toBe(0);
    }
  });

  it('joins a line ending in a comma, semicolon or opening bracket to a capitalised line, but not one ending in a colon', () => {
    for (const end of [',', ';', '(', '«']) {
      expect(reflowText(classifyLines([`Une phrase${end}`, 'Genève suit.'], 1)).joined).toBe(1);
    }
    expect(reflowText(classifyLines(['Les domaines suivants :', 'Genève suit.'], 1)).joined).toBe(0);
  });

  it('glues a word broken at a hyphen without a space', () => {
    const { tokens } = reflowText(classifyLines(['une organisation inter-', 'gouvernementale.'], 1));
    expect(texts(tokens)).toEqual(['une organisation inter-gouvernementale.']);
  });

  it('keeps paragraphs separated only by line breaks apart', () => {
    const lines = [
      'Le premier paragraphe se termine ici.',
      'Le deuxième paragraphe commence par une capitale.',
      'The third one is in English.',
    ];
    expect(reflowText(classifyLines(lines, 1))).toEqual({ tokens: classifyLines(lines, 1), joined: 0 });
  });

  it('does not join across a blank line or into a list item', () => {
    expect(reflowText(classifyLines(['Une phrase qui continue', '', 'sur la ligne suivante.'], 1)).joined).toBe(0);
    expect(reflowText(classifyLines(['Une phrase qui continue', '- un élément'], 1)).joined).toBe(0);
  });

  it('re-flows a hard-wrapped English page whose lines break before capitalised words', () => {
    const wrapped = [
      'The International Organization for Migration (IOM) today released a new',
      'World Migration Report which examines recent trends and the challenges that',
      'Governments of every region of the world must face in the coming decade,',
      'with new data on remittances sent by migrants to their countries of origin.',
      'The report also presents new figures on displacement linked to the climate.',
      'It makes recommendations for public policy in countries of origin, transit',
      'and destination, and for cooperation between them.',
    ];
    const { tokens, joined } = reflowText(classifyLines(wrapped, 1));
    expect(joined).toBe(4);
    expect(texts(tokens)).toEqual([`${wrapped.slice(0, 4).join(' ')}`, wrapped[4], `${wrapped[5]} ${wrapped[6]}`]);
  });
});

describe('detectWrapWidth', () => {
  const lineOf = (length: number): string => 'a'.repeat(length);

  it('gives the longest line when most prose lines stop near it', () => {
    expect(detectWrapWidth(classifyLines([80, 78, 75, 70, 62, 30].map(lineOf), 1))).toBe(80);
  });

  it('needs five prose lines of twenty characters or more', () => {
    expect(detectWrapWidth(classifyLines([80, 78, 75, 70, 19, 19].map(lineOf), 1))).toBeNull();
    expect(detectWrapWidth(classifyLines([80, 78, 75, 70, 20].map(lineOf), 1))).toBe(80);
  });

  it('gives none when the longest line is longer than 120 characters', () => {
    expect(detectWrapWidth(classifyLines([121, 120, 119, 118, 117].map(lineOf), 1))).toBeNull();
    expect(detectWrapWidth(classifyLines([120, 119, 118, 117, 116].map(lineOf), 1))).toBe(120);
  });

  it('needs three in five lines within twenty characters of the longest', () => {
    expect(detectWrapWidth(classifyLines([80, 60, 59, 59, 59].map(lineOf), 1))).toBeNull();
    expect(detectWrapWidth(classifyLines([80, 60, 60, 59, 30].map(lineOf), 1))).toBe(80);
  });

  it('counts text lines only, not list items', () => {
    const items = [80, 78, 75, 70, 62].map((length) => `- ${lineOf(length)}`);
    expect(detectWrapWidth(classifyLines(items, 1))).toBeNull();
  });
});

describe('site residue', () => {
  it.each(['Related Links | |', '| Liens connexes | |', '| | |', 'Partager |'])(
    'takes "%s" for a layout row',
    (line) => {
      expect(isSiteResidue(line)).toBe(true);
    },
  );

  it.each(['Pays | Membres | Observateurs', 'Une phrase sans barre', 'a | b'])('keeps "%s"', (line) => {
    expect(isSiteResidue(line)).toBe(false);
  });

  it('drops layout rows and says on which lines they stood', () => {
    const { tokens, dropped } = dropSiteResidue(classifyLines(['Un texte.', 'Related Links | |', '- Lien | |'], 1));
    expect(texts(tokens)).toEqual(['Un texte.', 'Lien | |']);
    expect(dropped).toEqual([2]);
  });
});

describe('labelled fields', () => {
  const fieldsOf = (lines: string[]) =>
    markFields(classifyLines(lines, 1)).map((token) =>
      token.type === 'field' ? `${token.label} = ${token.value}` : token.type,
    );

  it('marks a run of short labels with their values, in French and English', () => {
    expect(fieldsOf(['Siège : Rabat', 'Pays : 57', 'Headquarters: Bangkok', 'Countries: 45'])).toEqual([
      'Siège = Rabat',
      'Pays = 57',
      'Headquarters = Bangkok',
      'Countries = 45',
    ]);
  });

  it('marks a known label even alone, up to eight words', () => {
    expect(
      fieldsOf([
        'Une phrase.',
        'Créé en : 2006',
        'Une phrase.',
        'Formal association with regional economic communities: ECOWAS',
        'Une phrase.',
        'Established: 1996',
      ]),
    ).toEqual([
      'text',
      'Créé en = 2006',
      'text',
      'Formal association with regional economic communities = ECOWAS',
      'text',
      'Established = 1996',
    ]);
  });

  it('leaves a lone unknown "label: value" line as prose', () => {
    expect(fieldsOf(['Une phrase.', 'Siège : Rabat', 'Une phrase.'])).toEqual(['text', 'text', 'text']);
  });

  it('does not take a sentence with a colon, a contact line or a lead-in for a field', () => {
    expect(
      fieldsOf([
        "Le soutien de l'OIM aux PCR comprend : l'expertise technique.",
        "L'OIM en Afrique : Joëlle Furrer, jfurrer@iom.int",
        'Pour plus d’informations, veuillez contacter :',
        'Carolina Celi, Email : cceli@iom.int',
        'Type (ancien) : régional',
      ]),
    ).toEqual(['text', 'text', 'text', 'text', 'text']);
  });

  it('takes a labelled web address for a field', () => {
    expect(fieldsOf(['Type : Processus régional', 'Site web : https://www.rabat-process.org'])).toEqual([
      'Type = Processus régional',
      'Site web = https://www.rabat-process.org',
    ]);
  });

  it('does not mark list items', () => {
    expect(fieldsOf(['- Type : régional', '- Membres : 57'])).toEqual(['item', 'item']);
  });
});

describe('known field labels', () => {
  it.each([
    'Type',
    'Créé en',
    'Crée en',
    'Établi en',
    'Membres',
    'États membres',
    'Observateurs',
    'Secrétariat',
    'Présidence',
    'Established',
    'Members',
    'Member States',
    'Observers',
    'Secretariat',
    'Chair',
    'Formal association with ECOWAS',
    'Association formelle avec la CEDEAO',
  ])('marks "%s: …" as a field even alone', (label) => {
    const [, field] = markFields(classifyLines(['Une phrase.', `${label} : valeur`, 'Une phrase.'], 1));
    expect(field).toMatchObject({ type: 'field', label, value: 'valeur' });
  });

  it.each(['Type de processus', 'Membres fondateurs', 'Chairs'])('does not take "%s" for a known label', (label) => {
    const [, line] = markFields(classifyLines(['Une phrase.', `${label} : valeur`, 'Une phrase.'], 1));
    expect(line?.type).toBe('text');
  });

  it('takes a known label of eight words, not nine; an unknown one of four, not five', () => {
    const marked = (label: string, value = 'x') =>
      markFields(classifyLines(['Une phrase.', `${label}: ${value}`, 'Une phrase.'], 1))[1]?.type;
    expect(marked('Formal association with one two three four five')).toBe('field');
    expect(marked('Formal association with one two three four five six')).toBe('text');
    const run = (label: string) => markFields(classifyLines([`${label}: x`, 'Pays: y'], 1))[0]?.type;
    expect(run('Un deux trois quatre')).toBe('field');
    expect(run('Un deux trois quatre cinq')).toBe('text');
  });

  it('keeps the line number and the text of a field', () => {
    expect(markFields(classifyLines(['Type :   PCR  ', 'Pays : 3'], 7))[0]).toEqual({
      type: 'field',
      label: 'Type',
      value: 'PCR',
      text: 'Type : PCR',
      line: 7,
    });
  });
});

describe('glued labels', () => {
  it('splits a label of up to five words, not six', () => {
    const split = (label: string) =>
      splitGluedLabels(classifyLines([`${label}- Premier élément`, '- Second'], 1)).split;
    expect(split('Un deux trois quatre cinq')).toEqual([1]);
    expect(split('Un deux trois quatre cinq six')).toEqual([]);
  });

  it('gives the label and the item their texts and line', () => {
    expect(splitGluedLabels(classifyLines(['Afrique- Forum ministériel', '- Dialogue'], 4)).tokens).toEqual([
      { type: 'text', text: 'Afrique', line: 4 },
      { type: 'item', text: 'Forum ministériel', line: 4 },
      { type: 'item', text: 'Dialogue', line: 5 },
    ]);
  });

  it('does not split a lowercase line, or a line with no space after its hyphen', () => {
    expect(splitGluedLabels(classifyLines(['afrique- Forum', '- Dialogue'], 1)).split).toEqual([]);
    expect(splitGluedLabels(classifyLines(['Afrique-Forum', '- Dialogue'], 1)).split).toEqual([]);
  });
});
