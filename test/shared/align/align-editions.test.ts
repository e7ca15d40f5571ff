import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { alignEditions } from '@shared/align/align-editions';
import { pairBlocks, unpairItem } from '@shared/align/corrections';
import { coversInOrder, type EditionAlignment } from '@shared/align/rows';
import type { Block, DocumentContent } from '@shared/document/schema';
import { bundledPair, BUNDLED_PAIR_NAMES, glossaryAcronymPairs } from './bundled-pairs';
import { documentOf, heading, list, paragraph, quote, separator } from './documents';
import {
  accuracy,
  insertEnglish,
  mergeEnglish,
  removeEnglish,
  rewordEnglish,
  splitEnglish,
  standardEdits,
  unedited,
  type EditedPair,
} from './edits';

const acronymPairs = glossaryAcronymPairs();
const align = (pair: { fr: DocumentContent; en: DocumentContent }): EditionAlignment =>
  alignEditions(pair.fr, pair.en, { acronymPairs });
const paragraphIndexes = (pair: EditedPair): number[] =>
  pair.en.blocks.flatMap((block, index) => (block.kind === 'paragraph' ? [index] : []));
const rowOf = (alignment: EditionAlignment, frenchId: string) =>
  alignment.rows.find((row) => row.fr.includes(frenchId));
const ids = (document: DocumentContent): string[] => document.blocks.map((block) => block.id);

describe('alignEditions on the bundled French and English editions', () => {
  it.each(BUNDLED_PAIR_NAMES)(
    'pairs every French block of %s with the English block the bundle joins it to',
    (name) => {
      const pair = unedited(bundledPair(name));
      expect(accuracy(pair, align(pair)).wrong).toEqual([]);
    },
  );

  it.each(BUNDLED_PAIR_NAMES)('pairs the items of the lists of %s as the bundle joins them', (name) => {
    const pair = bundledPair(name);
    const alignment = align(pair);
    const lists = pair.fr.blocks.flatMap((block) => (block.kind === 'list' ? [block] : []));
    expect(Object.keys(alignment.items).sort()).toEqual(lists.map((block) => block.id).sort());
    for (const block of lists)
      for (const item of block.items)
        expect(alignment.items[block.id]?.find((row) => row.fr.includes(item.id))?.en).toEqual([
          pair.truth.get(item.id),
        ]);
  });

  it.each(
    BUNDLED_PAIR_NAMES.flatMap((name) =>
      standardEdits(unedited(bundledPair(name))).map(([label, pair]) => [name, label, pair] as const),
    ),
  )('recovers every French block of %s with the %s', (_name, _label, pair) => {
    expect(accuracy(pair, align(pair)).wrong).toEqual([]);
  });

  it('leaves alone a French paragraph whose English was removed, and pairs the rest', () => {
    const base = unedited(bundledPair('gcmDialogue'));
    const edited = removeEnglish(base, paragraphIndexes(base)[2] ?? -1);
    const alignment = align(edited);
    expect(accuracy(edited, alignment).wrong).toEqual([]);
    expect(alignment.rows.filter((row) => row.en.length === 0)).toHaveLength(1);
  });

  it('pairs two French paragraphs with the one English paragraph that merges them', () => {
    const base = unedited(bundledPair('cebRelease'));
    const edited = mergeEnglish(base, 1);
    const alignment = align(edited);
    expect(accuracy(edited, alignment).wrong).toEqual([]);
    expect(rowOf(alignment, base.fr.blocks[1]?.id ?? '')?.fr).toHaveLength(2);
  });

  it('pairs one French paragraph with the two English paragraphs it was split into', () => {
    const base = unedited(bundledPair('bapa40'));
    const edited = splitEnglish(base, 4);
    const alignment = align(edited);
    expect(accuracy(edited, alignment).wrong).toEqual([]);
    expect(rowOf(alignment, base.fr.blocks[4]?.id ?? '')?.en).toHaveLength(2);
  });

  it('never pairs either of two swapped English paragraphs with another French one', () => {
    const base = unedited(bundledPair('losAngeles'));
    const blocks = [...base.en.blocks];
    [blocks[2], blocks[3]] = [blocks[3] as Block, blocks[2] as Block];
    const alignment = align({ fr: base.fr, en: { ...base.en, blocks } });
    const frenchOf = (englishId: string): string | undefined =>
      [...base.expected].find(([, english]) => english.includes(englishId))?.[0];
    for (const row of alignment.rows.filter((candidate) => candidate.fr.length > 0))
      for (const english of row.en) expect(row.fr).toContain(frenchOf(english));
  });

  it('pairs a heading translated freely, with no word or anchor in common', () => {
    const base = unedited(bundledPair('rcpReference'));
    const index = base.fr.blocks.findIndex(
      (block) => block.kind === 'heading' && block.text === 'Impact sur les politiques',
    );
    const edited = rewordEnglish(base, index, 'What changes in government practice');
    expect(accuracy(edited, align(edited)).wrong).toEqual([]);
  });

  it('shows a paragraph present only in English alone, where it stands', () => {
    const base = unedited(bundledPair('losAngeles'));
    const added = paragraph(
      0xee01,
      'The Summit also discussed food security, climate and the Caribbean, with 20 heads of state.',
    );
    const edited = insertEnglish(base, 3, added);
    const alignment = align(edited);
    expect(accuracy(edited, alignment).wrong).toEqual([]);
    const at = alignment.rows.findIndex((row) => row.en.includes(added.id));
    expect(alignment.rows[at]?.fr).toEqual([]);
    expect(alignment.rows[at - 1]?.fr).toEqual([base.fr.blocks[2]?.id]);
  });

  it('shows an extra "Related links" list of the English edition alone, after the last French block', () => {
    const base = unedited(bundledPair('bapa40'));
    const links = list(0xee02, ['South-South cooperation', 'Migration and development', 'IOM Argentina']);
    const edited = insertEnglish(insertEnglish(base, 999, heading(0xee03, 'Related links')), 999, links);
    const alignment = align(edited);
    expect(accuracy(edited, alignment).wrong).toEqual([]);
    expect(alignment.rows.slice(-2)).toMatchObject([
      { fr: [], en: [heading(0xee03, '').id] },
      { fr: [], en: [links.id] },
    ]);
  });
});

describe('alignEditions on small documents', () => {
  it('tells paragraphs of like length apart by their figures, however each language writes them', () => {
    const fr = documentOf('fr', [
      paragraph(1, 'La conférence a réuni plus de 1 500 participants venus de 40 pays en 2019, à Buenos Aires.'),
      paragraph(2, 'Le programme a reçu 3,5 millions de dollars ; 25 % des fonds vont aux 12 régions.'),
    ]);
    const en = documentOf('en', [
      paragraph(11, 'The programme received 3.5 million dollars; 25% of the funds go to the 12 regions.'),
    ]);
    const alignment = alignEditions(fr, en);
    expect(alignment.rows.map((row) => [row.fr, row.en])).toEqual([
      [[paragraph(1, '').id], []],
      [[paragraph(2, '').id], [paragraph(11, '').id]],
    ]);
    expect(alignment.rows[1]?.basis).toBe('anchors');
  });

  it('uses the acronym pairs it is given', () => {
    const fr = documentOf('fr', [
      paragraph(1, 'Le rapport du FNUAP sur les politiques démographiques a été présenté aux États membres ce matin.'),
      paragraph(2, 'Le rapport de l’OIM sur les politiques migratoires a été présenté aux États membres ce matin.'),
    ]);
    const en = documentOf('en', [
      paragraph(11, 'The IOM report on migration policies was presented to Member States this morning.'),
    ]);
    const withPairs = alignEditions(fr, en, {
      acronymPairs: [
        ['OIM', 'IOM'],
        ['FNUAP', 'UNFPA'],
      ],
    });
    expect(rowOf(withPairs, paragraph(2, '').id)?.en).toEqual([paragraph(11, '').id]);
  });

  it('pairs separators with separators and headings with headings', () => {
    const fr = documentOf('fr', [
      heading(1, 'Contexte'),
      paragraph(2, 'Un texte de longueur moyenne sur le sujet.'),
      separator(3),
    ]);
    const en = documentOf('en', [
      heading(11, 'Background'),
      paragraph(12, 'A text of middling length on the topic.'),
      separator(13),
    ]);
    expect(alignEditions(fr, en).rows.map((row) => [row.fr, row.en, row.basis])).toEqual([
      [[heading(1, '').id], [heading(11, '').id], 'kind'],
      [[paragraph(2, '').id], [paragraph(12, '').id], 'length'],
      [[separator(3).id], [separator(13).id], 'kind'],
    ]);
  });

  it('gives no rows for two documents without blocks', () => {
    expect(alignEditions(documentOf('fr', []), documentOf('en', []))).toEqual({ rows: [], items: {} });
  });

  it('shows every block alone when the other edition has none', () => {
    const fr = documentOf('fr', [paragraph(1, 'Un.'), list(2, ['a', 'b'])]);
    const alignment = alignEditions(fr, documentOf('en', []));
    expect(alignment.rows).toMatchObject([
      { fr: [paragraph(1, '').id], en: [] },
      { fr: [list(2, []).id], en: [] },
    ]);
    expect(alignment.items).toEqual({});
  });

  it('survives hostile text: control characters, lone surrogates, huge figures, no letters', () => {
    const fr = documentOf('fr', [
      paragraph(1, '\u0000\u0007\uD800 999999999999999999999999999999 %%%% ////'),
      paragraph(2, '1'.repeat(5000)),
    ]);
    const en = documentOf('en', [paragraph(11, '\uDFFF'.repeat(50)), quote(12, '« » “ ”')]);
    const alignment = alignEditions(fr, en);
    expect(coversInOrder(alignment.rows, ids(fr), ids(en))).toBe(true);
    for (const row of alignment.rows) expect(row.confidence).toBeGreaterThanOrEqual(0);
  });
});

describe('alignEditions with an earlier alignment', () => {
  const pair = bundledPair('cebRelease');
  const first = align(pair);
  const frenchIds = ids(pair.fr);
  const englishIds = ids(pair.en);

  it('keeps the pairs a person made, even against the aligner, and aligns around them', () => {
    const corrected = pairBlocks(first, frenchIds[3] ?? '', englishIds[4] ?? '');
    if (!corrected.ok) throw new Error(corrected.error.message);
    const again = alignEditions(pair.fr, pair.en, { acronymPairs, previous: corrected.value });
    expect(rowOf(again, frenchIds[3] ?? '')).toMatchObject({ en: [englishIds[4]], basis: 'manual' });
    expect(coversInOrder(again.rows, frenchIds, englishIds)).toBe(true);
    // Blocks far from the correction are paired as before.
    expect(rowOf(again, frenchIds[0] ?? '')?.en).toEqual([englishIds[0]]);
    expect(rowOf(again, frenchIds[10] ?? '')?.en).toEqual([englishIds[10]]);
  });

  it('keeps the list items a person left alone', () => {
    const listId = pair.fr.blocks.find((block) => block.kind === 'list')?.id ?? '';
    const itemId = first.items[listId]?.[0]?.fr[0] ?? '';
    const corrected = unpairItem(first, listId, 'fr', itemId);
    if (!corrected.ok) throw new Error(corrected.error.message);
    const again = alignEditions(pair.fr, pair.en, { acronymPairs, previous: corrected.value });
    expect(again.items[listId]?.find((row) => row.fr.includes(itemId))).toMatchObject({ en: [], basis: 'manual' });
  });

  it('ignores the manual rows of another pair of documents', () => {
    const other = bundledPair('losAngeles');
    const stranger = {
      rows: [{ fr: ['p-00000001'], en: [ids(other.en)[0] ?? ''], confidence: 1, basis: 'manual' as const }],
      items: {},
    };
    expect(alignEditions(pair.fr, pair.en, { acronymPairs, previous: stranger })).toEqual(first);
  });
});

const WORDS = [
  'Banjul',
  'OIM',
  'IOM',
  'migration',
  '2019',
  '1 500',
  'the',
  'le',
  'Pacte',
  'Compact',
  'juillet',
  'July',
  '25 %',
];
const blockArbitrary = (position: number): fc.Arbitrary<Block> => {
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
  return fc.oneof(
    text.map((value) => paragraph(position, value)),
    text.map((value) => heading(position, value)),
    text.map((value) => quote(position, value)),
    fc.constant(separator(position)),
    fc.array(text, { minLength: 1, maxLength: 4 }).map((items) => list(position, items)),
  );
};
const documentArbitrary = (language: 'fr' | 'en', offset: number): fc.Arbitrary<DocumentContent> =>
  fc
    .integer({ min: 0, max: 10 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => blockArbitrary(offset + index))))
    .map((blocks) => documentOf(language, blocks));

describe('alignEditions, on any two documents', () => {
  it('covers every block of both exactly once, in order, and every item of each paired list', () => {
    fc.assert(
      fc.property(documentArbitrary('fr', 1), documentArbitrary('en', 0x1000), (fr, en) => {
        const alignment = alignEditions(fr, en, { acronymPairs: [['OIM', 'IOM']] });
        expect(coversInOrder(alignment.rows, ids(fr), ids(en))).toBe(true);
        for (const [listId, rows] of Object.entries(alignment.items)) {
          const row = rowOf(alignment, listId);
          const french = fr.blocks.find((block) => block.id === listId);
          const english = en.blocks.find((block) => block.id === row?.en[0]);
          if (french?.kind !== 'list' || english?.kind !== 'list')
            throw new Error(`items for ${listId}, not a list pair`);
          expect(
            coversInOrder(
              rows,
              french.items.map((item) => item.id),
              english.items.map((item) => item.id),
            ),
          ).toBe(true);
        }
        for (const row of alignment.rows) {
          expect(row.fr.length + row.en.length).toBeGreaterThan(0);
          expect(row.confidence).toBeGreaterThanOrEqual(0);
          expect(row.confidence).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
