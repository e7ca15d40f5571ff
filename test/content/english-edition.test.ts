import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MetadataFileSchema, type PublishedEnglish } from '@shared/dataset/metadata';
import { passagesOf } from '@shared/document/passages';
import type { EnglishText } from '@shared/document/schema';
import { checkTranslationPair } from '@shared/english-edition/pair-checks';
import { isInPublishedCopy, misquotedQuotations } from '@shared/english-edition/published-checks';
import { originOf } from '@shared/english-edition/provenance';
import { bundledBuild } from '../dataset-fixture';
import { projectRoot } from '../seeds';

const { dataset, editionProblems } = bundledBuild();
const sourceDir = join(projectRoot, 'resources', 'source');
const metadata = MetadataFileSchema.parse(JSON.parse(readFileSync(join(sourceDir, 'metadata.json'), 'utf8')));
/** The published English we found, by document id (About IOM's under its own id). */
const publishedEnglish = new Map<string, PublishedEnglish[]>([
  ...metadata.documents.map((entry): [string, PublishedEnglish[]] => [entry.id, entry.publishedEnglish]),
  ['about-iom', metadata.about.publishedEnglish],
]);
const copiesOf = (documentId: string): string[] =>
  [...new Set((publishedEnglish.get(documentId) ?? []).map((source) => source.copy))].map((copy) =>
    readFileSync(join(sourceDir, copy), 'utf8'),
  );

/** Every French text and its English, by document: the title, then each passage in reading order. */
const allTexts = dataset.documents.flatMap((document): Array<[string, string, string, EnglishText | null]> => {
  const english = passagesOf(document, 'en');
  return [
    [document.id, 'title', document.title.text, document.english?.title ?? null],
    ...passagesOf(document, 'fr').map((passage, index): [string, string, string, EnglishText | null] => [
      document.id,
      passage.id,
      passage.text,
      english[index]?.language === 'en' ? (english[index]?.english ?? null) : null,
    ]),
  ];
});
/** Our translations: the mechanical checks hold them to the French. */
const allPairs = allTexts
  .filter(([, , , english]) => english === null || originOf(english) === 'ours')
  .map(([document, id, fr, english]): [string, string, string] => [`${document} ${id}`, fr, english?.text ?? '']);
/** IOM's English: the French translates it, so it is held to the published copy instead. */
const published = allTexts
  .filter(([, , , english]) => english !== null && originOf(english) === 'published')
  .map(([document, id, , english]): [string, string, string] => [document, id, english?.text ?? '']);

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

  it.each(published)("copies IOM's published English word for word: %s %s", (document, _id, english) => {
    expect(isInPublishedCopy(english, copiesOf(document))).toBe(true);
  });

  it("uses IOM's published English somewhere, and names where it was found for every document that does", () => {
    expect(published.length).toBeGreaterThan(20);
    for (const document of new Set(published.map(([id]) => id))) {
      expect(copiesOf(document).length, document).toBeGreaterThan(0);
    }
  });

  it('quotes exactly every quotation whose published English is known', () => {
    for (const document of dataset.documents) {
      const quotations = (publishedEnglish.get(document.id) ?? []).flatMap((source) => source.quotations);
      const english = passagesOf(document, 'en').map((passage) => passage.text);
      expect(misquotedQuotations(quotations, english), document.id).toEqual([]);
    }
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
