import { describe, expect, it } from 'vitest';
import { blockPassages, blockTexts, fieldText, passagesOf, passageText } from '@shared/document/passages';
import type { Block, EnglishEdition } from '@shared/document/schema';

const blocks: Block[] = [
  { kind: 'heading', id: 'h-00000001', level: 2, text: 'Réalisations' },
  { kind: 'paragraph', id: 'p-00000002', text: 'Le Pacte mondial.', footnoteMarkers: [] },
  { kind: 'separator', id: 's-00000003' },
  {
    kind: 'list',
    id: 'l-00000004',
    introducedBy: 'h-00000001',
    items: [
      { id: 'i-00000005', text: 'Renforcement de la confiance', duplicateOf: null },
      { id: 'i-00000006', text: 'Partage d’informations', duplicateOf: null },
    ],
  },
  { kind: 'quote', id: 'q-00000007', text: '« Ensemble », a dit Mme Pope.', speaker: { name: 'Mme Pope', role: null } },
  { kind: 'footnote', id: 'f-00000008', marker: '*', text: 'Participants.', referencedFrom: null },
  { kind: 'contact', id: 'c-00000009', text: 'Contact : a@iom.int', contacts: [{ type: 'email', value: 'a@iom.int' }] },
];
const english: EnglishEdition = {
  title: null,
  dateline: null,
  blocks: {
    'h-00000001': { text: 'Achievements', stale: false },
    'i-00000005': { text: 'Confidence-building', stale: true },
    'q-00000007': { text: '“Together,” said Ms Pope.', stale: false, speaker: { name: 'Ms Pope', role: null } },
  },
};

describe('passagesOf', () => {
  it('yields every readable unit in reading order: each list item, never the list or a separator', () => {
    expect(passagesOf({ blocks }, 'fr').map(({ id, blockId, kind, order }) => [id, blockId, kind, order])).toEqual([
      ['h-00000001', 'h-00000001', 'heading', 0],
      ['p-00000002', 'p-00000002', 'paragraph', 1],
      ['i-00000005', 'l-00000004', 'item', 2],
      ['i-00000006', 'l-00000004', 'item', 3],
      ['q-00000007', 'q-00000007', 'quote', 4],
      ['f-00000008', 'f-00000008', 'footnote', 5],
      ['c-00000009', 'c-00000009', 'contact', 6],
    ]);
  });

  it('gives the original text in the original language', () => {
    expect(passagesOf({ blocks, english, language: 'fr' }, 'fr').map((passage) => passage.text)).toEqual([
      'Réalisations',
      'Le Pacte mondial.',
      'Renforcement de la confiance',
      'Partage d’informations',
      '« Ensemble », a dit Mme Pope.',
      'Participants.',
      'Contact : a@iom.int',
    ]);
  });

  it('gives the English where there is some, and the French marked untranslated where there is none', () => {
    const passages = passagesOf({ blocks, english }, 'en');
    expect(passages.map(({ text, language, untranslated, stale }) => [text, language, untranslated, stale])).toEqual([
      ['Achievements', 'en', false, false],
      ['Le Pacte mondial.', 'fr', true, false],
      ['Confidence-building', 'en', false, true],
      ['Partage d’informations', 'fr', true, false],
      ['“Together,” said Ms Pope.', 'en', false, false],
      ['Participants.', 'fr', true, false],
      ['Contact : a@iom.int', 'fr', true, false],
    ]);
    expect(passages[4]?.english?.speaker).toEqual({ name: 'Ms Pope', role: null });
  });

  it('takes a document of unknown language for French, the language of every bundled page', () => {
    expect(passagesOf({ blocks, language: null }, 'fr')[0]).toMatchObject({ language: 'fr', untranslated: false });
  });

  it('reads an English original as English, with no French to offer', () => {
    const passages = passagesOf({ blocks: [blocks[0] as Block], language: 'en' }, 'fr');
    expect(passages[0]).toMatchObject({ text: 'Réalisations', language: 'en', untranslated: true });
  });

  it('yields nothing for a document without text', () => {
    expect(passagesOf({ blocks: [{ kind: 'separator', id: 's-00000001' }] }, 'en')).toEqual([]);
  });
});

describe('blockPassages', () => {
  it('gives a list its items, each pointing back to the list', () => {
    expect(blockPassages(blocks[3] as Block).map(({ id, blockId }) => [id, blockId])).toEqual([
      ['i-00000005', 'l-00000004'],
      ['i-00000006', 'l-00000004'],
    ]);
  });
});

describe('field lists', () => {
  const fields: Block = {
    kind: 'fields',
    id: 'd-0000000a',
    items: [
      { id: 't-0000000b', label: 'Type', value: 'Processus consultatif régional' },
      { id: 't-0000000c', label: 'Créé en', value: '2006' },
    ],
  };

  it('give each field as a passage of its own, label and value, pointing back to the field list', () => {
    expect(blockPassages(fields)).toEqual([
      { id: 't-0000000b', blockId: 'd-0000000a', kind: 'item', text: 'Type: Processus consultatif régional' },
      { id: 't-0000000c', blockId: 'd-0000000a', kind: 'item', text: 'Créé en: 2006' },
    ]);
  });

  it('carry the same texts before they have ids', () => {
    expect(blockTexts({ kind: 'fields', items: [{ label: 'Membres', value: '57' }] })).toEqual(['Membres: 57']);
    expect(fieldText({ label: 'Established', value: '2002' })).toBe('Established: 2002');
  });

  it('are walked in reading order with the English of each field', () => {
    const walked = passagesOf(
      { blocks: [fields], english: { blocks: { 't-0000000c': { text: 'Established: 2006', stale: false } } } },
      'en',
    );
    expect(walked.map(({ id, text, untranslated, order }) => [id, text, untranslated, order])).toEqual([
      ['t-0000000b', 'Type: Processus consultatif régional', true, 0],
      ['t-0000000c', 'Established: 2006', false, 1],
    ]);
  });
});

describe('blockTexts', () => {
  it('reads blocks the parser is still building, before they have ids', () => {
    expect(blockTexts({ kind: 'list', items: [{ text: 'un' }, { text: 'deux' }] })).toEqual(['un', 'deux']);
    expect(blockTexts({ kind: 'paragraph', text: 'trois' })).toEqual(['trois']);
    expect(blockTexts({ kind: 'separator' })).toEqual([]);
  });
});

describe('passageText', () => {
  it('never takes a translation for the original language', () => {
    expect(passageText({ id: 'h-00000001', text: 'Réalisations' }, english.blocks, 'fr', 'fr')).toEqual({
      text: 'Réalisations',
      language: 'fr',
      untranslated: false,
      stale: false,
      english: undefined,
    });
  });

  it('falls back to the original when there is no English edition at all', () => {
    expect(passageText({ id: 'h-00000001', text: 'Réalisations' }, undefined, 'en', 'fr')).toMatchObject({
      text: 'Réalisations',
      untranslated: true,
    });
  });
});
