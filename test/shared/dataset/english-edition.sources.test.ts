import { describe, expect, it } from 'vitest';
import { checkTranslationPair } from '@shared/dataset/translation-checks';
import type { Block, ReadableDocument } from '@shared/document/schema';
import { bundledBuild } from '../../dataset-fixture';

const { dataset, editionProblems } = bundledBuild();

function pairs(
  id: string,
  blocks: readonly Block[],
  english: ReadableDocument['english'],
): Array<[string, string, string]> {
  return blocks.flatMap((block): Array<[string, string, string]> => {
    if (block.kind === 'separator') return [];
    const texts =
      block.kind === 'list'
        ? block.items.map((item) => ({ id: item.id, text: item.text }))
        : [{ id: block.id, text: block.text }];
    return texts.map(({ id: textId, text }) => [`${id} ${textId}`, text, english?.blocks[textId]?.text ?? '']);
  });
}

const allPairs = [
  ...dataset.documents.flatMap((document) => [
    ...pairs(document.id, document.blocks, document.english),
    [`${document.id} title`, document.title.text, document.english?.title?.text ?? ''] as [string, string, string],
  ]),
];

describe('the English edition of the bundled documents', () => {
  it('translates every block of every document, and nothing is stale or orphaned', () => {
    expect(
      editionProblems.flatMap(({ document, problems }) =>
        problems.map((problem) => `${document}: ${problem.kind} ${problem.target}: ${problem.detail}`),
      ),
    ).toEqual([]);
  });

  it.each(allPairs)('keeps figures, addresses, numbers and quotations, and reads as English: %s', (_id, fr, en) => {
    expect(checkTranslationPair(fr, en)).toEqual([]);
  });

  it('gives every dated news item its English dateline', () => {
    for (const document of dataset.documents.filter((candidate) => candidate.dateline)) {
      expect(document.english?.dateline?.place, document.id).toBeTruthy();
    }
  });

  it('keeps the truncated ending truncated in English', () => {
    const reference = dataset.documents.find((document) => document.id === 'regional-consultative-processes');
    const itemId = reference?.truncation?.itemId ?? '';
    expect(reference?.english?.blocks[itemId]?.text).toMatch(/\(CIS$/u);
  });
});

describe('translation pair checks', () => {
  it.each([
    [
      'a dropped figure',
      'Il y a 175 États membres et 171 pays.',
      'There are 175 Member States and many countries.',
      'digits',
    ],
    ['a retyped e-mail address', 'Contact : fkim@iom.int', 'Contact: fkim@iom.org', 'emails'],
    ['a changed web address', 'Voir https://www.iom.int/fr', 'See https://www.iom.int/en', 'urls'],
    ['a lost quotation', '« Un » et « deux », a-t-il dit.', '“One” and two, he said.', 'quotations'],
    [
      'an untranslated sentence',
      'Les participants ont constaté les progrès réalisés dans la région.',
      'Les participants ont constaté les progrès réalisés dans la région.',
      'untranslated',
    ],
    [
      'a summary',
      'Le soutien de l’OIM aux PCR comprend l’expertise technique, l’orientation, la recherche et le renforcement des capacités.',
      'IOM supports RCPs.',
      'length',
    ],
  ])('catch %s', (_name, fr, en, check) => {
    expect(checkTranslationPair(fr, en).map((problem) => problem.check)).toContain(check);
  });

  it('accept thousands written the English way', () => {
    expect(checkTranslationPair('plus de 1 500 participants', 'more than 1,500 participants')).toEqual([]);
  });
});
