import { describe, expect, it } from 'vitest';
import { alignEditions } from '@shared/align/align-editions';
import type { AlignmentRow, EditionAlignment } from '@shared/align/rows';
import { toEnglishEdition } from '@shared/align/to-english-edition';
import { passagesOf } from '@shared/document/passages';
import { EnglishEditionSchema, type DocumentContent } from '@shared/document/schema';
import { bundledPair, glossaryAcronymPairs } from './bundled-pairs';
import { documentOf, heading, list, paragraph, quote, separator } from './documents';

const row = (fr: string[], en: string[]): AlignmentRow => ({ fr, en, confidence: 0.9, basis: 'length' });
const id = (block: { id: string }): string => block.id;

const fr: DocumentContent = {
  ...documentOf('fr', [
    heading(1, 'Contexte'),
    paragraph(2, 'Première phrase. Deuxième phrase.'),
    paragraph(3, 'Un paragraphe.'),
    paragraph(4, 'Sa suite.'),
    quote(5, '« Ensemble », a déclaré Amy Pope, Directrice générale.'),
    separator(6),
    list(7, ['Afrique', 'Amériques']),
  ]),
  dateline: { place: 'Genève', dateText: '25 juillet', raw: 'Genève, 25 juillet' },
};
const en: DocumentContent = {
  ...documentOf(
    'en',
    [
      paragraph(0x10, 'A note for English readers.'),
      heading(0x11, 'Background'),
      paragraph(0x12, 'First sentence.'),
      paragraph(0x13, 'Second sentence.'),
      paragraph(0x14, 'A paragraph and what follows.'),
      quote(0x15, '“Together,” said Amy Pope, Director General.'),
      separator(0x16),
      list(0x17, ['Africa', 'Americas', 'Middle East']),
    ],
    'Title',
  ),
  dateline: { place: 'Geneva', dateText: '25 July', raw: 'Geneva, 25 July' },
};
const frBlocks = fr.blocks;
const enBlocks = en.blocks;
const frList = frBlocks[6];
const enList = enBlocks[7];
if (frList?.kind !== 'list' || enList?.kind !== 'list') throw new Error('fixture lists');
const alignment: EditionAlignment = {
  rows: [
    row([], [id(enBlocks[0] ?? { id: '' })]),
    row([id(frBlocks[0] ?? { id: '' })], [id(enBlocks[1] ?? { id: '' })]),
    row([id(frBlocks[1] ?? { id: '' })], [id(enBlocks[2] ?? { id: '' }), id(enBlocks[3] ?? { id: '' })]),
    row([id(frBlocks[2] ?? { id: '' }), id(frBlocks[3] ?? { id: '' })], [id(enBlocks[4] ?? { id: '' })]),
    row([id(frBlocks[4] ?? { id: '' })], [id(enBlocks[5] ?? { id: '' })]),
    row([id(frBlocks[5] ?? { id: '' })], [id(enBlocks[6] ?? { id: '' })]),
    row([frList.id], [enList.id]),
  ],
  items: {
    [frList.id]: [
      row([frList.items[0]?.id ?? ''], [enList.items[0]?.id ?? '']),
      row([frList.items[1]?.id ?? ''], [enList.items[1]?.id ?? '']),
      row([], [enList.items[2]?.id ?? '']),
    ],
  },
};

describe('toEnglishEdition', () => {
  const { edition, englishOnly, continued } = toEnglishEdition(fr, en, alignment);

  it('gives each French block paired one to one its English, not stale and with no origin', () => {
    expect(edition.blocks[id(frBlocks[0] ?? { id: '' })]).toEqual({ text: 'Background', stale: false });
  });

  it('joins the English of a French paragraph split in two', () => {
    expect(edition.blocks[id(frBlocks[1] ?? { id: '' })]?.text).toBe('First sentence. Second sentence.');
  });

  it('puts the English of two merged French paragraphs on the first and marks the second continued', () => {
    expect(edition.blocks[id(frBlocks[2] ?? { id: '' })]?.text).toBe('A paragraph and what follows.');
    expect(edition.blocks[id(frBlocks[3] ?? { id: '' })]).toBeUndefined();
    expect(continued).toEqual({ [id(frBlocks[3] ?? { id: '' })]: id(frBlocks[2] ?? { id: '' }) });
  });

  it('names the speaker of a quotation as the English does', () => {
    expect(edition.blocks[id(frBlocks[4] ?? { id: '' })]?.speaker).toEqual({
      name: 'Amy Pope',
      role: 'Director General',
    });
  });

  it('maps list items by item id, and gives nothing for a separator', () => {
    expect(edition.blocks[frList.items[0]?.id ?? '']?.text).toBe('Africa');
    expect(edition.blocks[frList.items[1]?.id ?? '']?.text).toBe('Americas');
    expect(edition.blocks[frList.id]).toBeUndefined();
    expect(edition.blocks[id(frBlocks[5] ?? { id: '' })]).toBeUndefined();
  });

  it('lists the English blocks with no French, with the French block each follows', () => {
    expect(englishOnly).toEqual([
      { after: null, block: enBlocks[0] },
      { after: frList.id, block: { ...enList, items: [enList.items[2]] } },
    ]);
  });

  it('gives the title and the dateline of the English edition', () => {
    expect(edition.title).toEqual({ text: 'Title', stale: false });
    expect(edition.dateline).toEqual({ place: 'Geneva', dateText: '25 July', stale: false });
  });

  it('makes an edition the schema accepts', () => {
    expect(EnglishEditionSchema.safeParse(edition).success).toBe(true);
  });

  it('aligns the items of a list pair a person just made, which have no rows yet', () => {
    const withoutItems = toEnglishEdition(fr, en, { ...alignment, items: {} });
    expect(withoutItems.edition.blocks[frList.items[1]?.id ?? '']?.text).toBe('Americas');
  });

  it('gives no title when either title was only made from a file name', () => {
    const untitled = { ...fr, title: { text: '002 b8e1', source: 'file-name' as const } };
    expect(toEnglishEdition(untitled, en, alignment).edition.title).toBeNull();
  });

  it('ignores rows naming blocks neither document has', () => {
    const stray = toEnglishEdition(fr, en, { rows: [row(['p-ffffffff'], ['p-eeeeeeee'])], items: {} });
    expect(stray).toEqual({
      edition: { title: { text: 'Title', stale: false }, dateline: expect.anything(), blocks: {} },
      englishOnly: [],
      continued: {},
    });
  });
});

describe('toEnglishEdition on a bundled pair', () => {
  it('gives every French passage of the Los Angeles statement the English the bundle has', () => {
    const pair = bundledPair('losAngeles');
    const acronymPairs = glossaryAcronymPairs();
    const { edition } = toEnglishEdition(pair.fr, pair.en, alignEditions(pair.fr, pair.en, { acronymPairs }), {
      acronymPairs,
    });
    const english = new Map(passagesOf(pair.en, 'en').map((passage) => [passage.id, passage.text]));
    for (const passage of passagesOf(pair.fr, 'fr'))
      expect(edition.blocks[passage.id]?.text).toBe(english.get(pair.truth.get(passage.id) ?? ''));
  });
});
