import { describe, expect, it } from 'vitest';
import { buildDraftBlocks, type DraftBlock } from '@shared/parser/blocks';
import { classifyLines, markFields } from '@shared/parser/lines';

const draftsOf = (lines: string[]): DraftBlock[] => buildDraftBlocks(markFields(classifyLines(lines, 1)));
const shapes = (lines: string[]): string[] =>
  draftsOf(lines).map((draft) => (draft.kind === 'heading' ? `h${draft.level}` : draft.kind));

describe('buildDraftBlocks', () => {
  it('takes a short line without final punctuation before more text for a heading', () => {
    expect(shapes(['Rôle de l’OIM', 'L’OIM appuie les processus.'])).toEqual(['h2', 'paragraph']);
  });

  it('takes the last line of the page for prose, however short', () => {
    expect(shapes(['Une phrase.', 'Rôle de l’OIM'])).toEqual(['paragraph', 'paragraph']);
  });

  it('does not take a lowercase, punctuated, long or contact line for a heading', () => {
    expect(
      shapes([
        'rôle de l’OIM',
        'Rôle de l’OIM :',
        `Un titre ${'long '.repeat(16)}`,
        'Un deux trois quatre cinq six sept huit neuf dix onze',
        'Écrire à media@iom.int',
        'Fin.',
      ]),
    ).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'contact', 'paragraph']);
  });

  it('takes a heading of exactly 80 characters and ten words, not one more', () => {
    const eighty = `Un ${'a'.repeat(77)}`;
    const tenWords = 'Un deux trois quatre cinq six sept huit neuf dix';
    expect(shapes([eighty, 'Fin.'])).toEqual(['h2', 'paragraph']);
    expect(shapes([`${eighty}a`, 'Fin.'])).toEqual(['paragraph', 'paragraph']);
    expect(shapes([tenWords, 'Fin.'])).toEqual(['h2', 'paragraph']);
    expect(shapes([`${tenWords} onze`, 'Fin.'])).toEqual(['paragraph', 'paragraph']);
    expect(shapes(['2030 en chiffres', 'Fin.'])).toEqual(['h2', 'paragraph']);
  });

  it('takes an item followed by a lone dash for an accordion heading, and nests what follows one level down', () => {
    expect(shapes(['- Rôle de l’OIM', '-', 'Afrique', 'L’OIM appuie les processus.'])).toEqual([
      'h2',
      'h3',
      'paragraph',
    ]);
  });

  it('takes a short item that leads a paragraph for a heading, and a run of items for a list', () => {
    const drafts = draftsOf(['- Renforcement de la confiance', 'Les PCR renforcent la confiance.', '- un', '- deux']);
    expect(drafts.map((draft) => draft.kind)).toEqual(['heading', 'paragraph', 'list']);
    expect(drafts[2]).toMatchObject({
      items: [
        { text: 'un', line: 3 },
        { text: 'deux', line: 4 },
      ],
      introducedBy: null,
    });
  });

  it('does not take an item that leads a short heading-like line for a heading', () => {
    expect(shapes(['- Afrique', 'Amériques', 'Fin.'])).toEqual(['list', 'h2', 'paragraph']);
  });

  it('links a list to the heading or the lead-in paragraph just before it, not to other prose', () => {
    const drafts = draftsOf(['Les domaines suivants :', '- un', 'Une phrase.', '- deux', 'Afrique', '- trois']);
    expect(drafts.map((draft) => (draft.kind === 'list' ? draft.introducedBy : draft.kind))).toEqual([
      'paragraph',
      0,
      'paragraph',
      null,
      'heading',
      4,
    ]);
  });

  it('starts a new list after a blank line', () => {
    expect(shapes(['- un', '', '- deux'])).toEqual(['list', 'list']);
  });

  it('makes footnotes, quotations, separators and contacts of their lines', () => {
    const drafts = draftsOf(['*Une note.', '« Une citation », a dit Amy Pope.', '***', 'Contact : a@iom.int']);
    expect(drafts).toEqual([
      { kind: 'footnote', marker: '*', text: 'Une note.', line: 1 },
      { kind: 'quote', text: '« Une citation », a dit Amy Pope.', line: 2, speaker: { name: 'Amy Pope', role: null } },
      { kind: 'separator', line: 3 },
      { kind: 'contact', text: 'Contact : a@iom.int', line: 4, contacts: [{ type: 'email', value: 'a@iom.int' }] },
    ]);
  });

  it('keeps a long paragraph that cites a web address as prose, a short one as a contact', () => {
    const short = `Voir ${'x'.repeat(281)} www.iom.int`;
    expect(short).toHaveLength(298);
    expect(shapes([short])).toEqual(['contact']);
    expect(shapes([`Voir ${'x'.repeat(284)} www.iom.int`])).toEqual(['paragraph']);
    expect(shapes([`Voir ${'x'.repeat(400)} a@iom.int`])).toEqual(['contact']);
  });

  it('gives a paragraph the footnote markers it carries', () => {
    expect(draftsOf(['Les participants* ont constaté.'])[0]).toMatchObject({ footnoteMarkers: ['*'] });
  });

  it('groups consecutive fields in one field list, with their lines', () => {
    expect(draftsOf(['Type : PCR', 'Créé en : 2006'])).toEqual([
      {
        kind: 'fields',
        line: 1,
        items: [
          { label: 'Type', value: 'PCR', line: 1 },
          { label: 'Créé en', value: '2006', line: 2 },
        ],
      },
    ]);
  });

  it('starts a new field list after a blank line', () => {
    expect(shapes(['Type : PCR', 'Créé en : 2006', '', 'Membres : 12', 'Observateurs : 3'])).toEqual([
      'fields',
      'fields',
    ]);
  });

  it('takes headings that start a second round of names already used for group headings', () => {
    const drafts = draftsOf(['Afrique', '- a', 'Europe', '- b', 'Inactifs', 'Afrique', '- c', 'Europe', '- d']);
    expect(drafts.flatMap((draft) => (draft.kind === 'heading' ? [`${draft.level} ${draft.text}`] : []))).toEqual([
      '2 Afrique',
      '2 Europe',
      '2 Inactifs',
      '3 Afrique',
      '3 Europe',
    ]);
  });

  it('ends a group at an accordion heading', () => {
    const drafts = draftsOf(['Afrique', '- a', 'Inactifs', 'Afrique', '- b', '- Autre section', '-', 'Afrique', '- c']);
    expect(drafts.flatMap((draft) => (draft.kind === 'heading' ? [`${draft.level} ${draft.text}`] : []))).toEqual([
      '2 Afrique',
      '2 Inactifs',
      '3 Afrique',
      '2 Autre section',
      '3 Afrique',
    ]);
  });
});
