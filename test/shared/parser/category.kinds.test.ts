import { describe, expect, it } from 'vitest';
import { categoryOf } from '@shared/parser/category';

describe('category lines in the plural and in other words', () => {
  it.each([
    ['Press Releases', 'press-release'],
    ['Actualité', 'news'],
    ['Article', 'news'],
    ['Récit', 'news'],
    ['Stories', 'news'],
    ['Déclarations', 'statement'],
    ['Statements', 'statement'],
  ] as const)('takes "%s" for a %s category line', (line, kind) => {
    expect(categoryOf(line)).toEqual({ text: line, kind });
  });

  it('keeps "Mondial", a region, without a kind', () => {
    expect(categoryOf('Mondial')).toEqual({ text: 'Mondial', kind: null });
  });
});
