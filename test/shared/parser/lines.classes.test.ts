import { describe, expect, it } from 'vitest';
import { classifyLines } from '@shared/parser/lines';

const types = (lines: string[]): string[] => classifyLines(lines, 1).map((token) => token.type);

describe('line classes', () => {
  it('takes a lone bullet for a dash', () => {
    expect(types(['•'])).toEqual(['dash']);
  });

  it('reads an item with several spaces after its dash', () => {
    expect(classifyLines(['-   un élément'], 1)).toEqual([{ type: 'item', text: 'un élément', line: 1 }]);
  });

  it('takes only whole lines of asterisks, underscores or dashes for separators', () => {
    expect(types(['*** fin', 'début ***', '___ fin', 'début ___', '- - - fin', 'début - - -', '_a_b_c'])).toEqual([
      'text',
      'text',
      'text',
      'text',
      'item',
      'text',
      'text',
    ]);
  });
});
