import { describe, expect, it } from 'vitest';
import type { Dataset } from '@shared/dataset/schema';
import { passagesOf } from '@shared/document/passages';
import type { Language } from '@shared/document/vocabulary';
import { parenthesisedAcronyms } from '@shared/glossary/match';
import { bundledDataset } from '../dataset-fixture';

const dataset = bundledDataset();

/** The texts of every passage of a document really written in a language (no fallback). */
const texts = (document: Dataset['documents'][number], language: Language): string[] =>
  passagesOf(document, language)
    .filter((passage) => passage.language === language)
    .map((passage) => passage.text);

describe('the glossary', () => {
  it.each([['fr'], ['en']] as const)(
    'has an entry for every acronym the %s texts introduce in parentheses',
    (language) => {
      const known = new Set(dataset.glossary.flatMap((entry) => entry.terms[language]));
      const found = new Set(
        dataset.documents.flatMap((document) => texts(document, language).flatMap(parenthesisedAcronyms)),
      );
      expect([...found].filter((acronym) => !known.has(acronym)).sort()).toEqual([]);
      expect(found.size).toBeGreaterThan(20);
    },
  );

  it('points every entry to at least one passage that uses it', () => {
    expect(dataset.glossary.filter((entry) => entry.occurrences.length === 0).map((entry) => entry.id)).toEqual([]);
  });

  it('defines every entry in both languages', () => {
    for (const entry of dataset.glossary) {
      expect(entry.definition.fr.length, entry.id).toBeGreaterThan(20);
      expect(entry.definition.en.length, entry.id).toBeGreaterThan(20);
    }
  });
});
