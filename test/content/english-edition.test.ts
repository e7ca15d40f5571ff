import { describe, expect, it } from 'vitest';
import { passagesOf } from '@shared/document/passages';
import { checkTranslationPair } from '@shared/english-edition/pair-checks';
import { bundledBuild } from '../dataset-fixture';

const { dataset, editionProblems } = bundledBuild();

/** Every French text and its English, by document: the title, then each passage in reading order. */
const allPairs = dataset.documents.flatMap((document): Array<[string, string, string]> => {
  const english = passagesOf(document, 'en');
  return [
    [`${document.id} title`, document.title.text, document.english?.title?.text ?? ''],
    ...passagesOf(document, 'fr').map((passage, index): [string, string, string] => [
      `${document.id} ${passage.id}`,
      passage.text,
      english[index]?.language === 'en' ? (english[index]?.text ?? '') : '',
    ]),
  ];
});

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
