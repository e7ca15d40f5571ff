import { describe, expect, it } from 'vitest';
import { categoryOf } from '@shared/parser/category';

describe('categoryOf', () => {
  it.each([
    ['Communiqué', 'press-release'],
    ['Communiqué de presse', 'press-release'],
    ['Press Release', 'press-release'],
    ['Actualités', 'news'],
    ['News', 'news'],
    ['Story', 'news'],
    ['Déclaration', 'statement'],
    ['Statement', 'statement'],
  ] as const)('takes "%s" for a category line saying the page is a %s', (line, kind) => {
    expect(categoryOf(line)).toEqual({ text: line, kind });
  });

  it('keeps a region or theme category without a kind', () => {
    expect(categoryOf('Global')).toEqual({ text: 'Global', kind: null });
  });

  it('reads the line whatever its case, accents and surrounding spaces', () => {
    expect(categoryOf('  COMMUNIQUE ')).toEqual({ text: 'COMMUNIQUE', kind: 'press-release' });
  });

  it.each(['Communiqué de l’OIM sur la Déclaration', 'Nouvelles du terrain', '', 'Press'])(
    'does not take "%s" for a category line',
    (line) => {
      expect(categoryOf(line)).toBeNull();
    },
  );
});
