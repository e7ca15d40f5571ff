import { describe, expect, it } from 'vitest';
import type { Block } from '@shared/document/schema';
import { parenthesisedAcronyms } from '@shared/glossary/match';
import { bundledDataset } from '../../dataset-fixture';

const dataset = bundledDataset();

const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block) =>
    block.kind === 'separator' ? [] : block.kind === 'list' ? block.items.map((item) => item.text) : [block.text],
  );

describe('the glossary', () => {
  const documents = dataset.documents;

  it.each([['fr'], ['en']] as const)(
    'has an entry for every acronym the %s texts introduce in parentheses',
    (language) => {
      const known = new Set(dataset.glossary.flatMap((entry) => entry.terms[language]));
      const found = new Set(
        documents.flatMap((document) =>
          (language === 'fr'
            ? texts(document.blocks)
            : Object.values(document.english?.blocks ?? {}).map((english) => english.text)
          ).flatMap(parenthesisedAcronyms),
        ),
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
