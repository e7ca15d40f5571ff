import { describe, expect, it } from 'vitest';
import { guessKind, type KindClues } from '@shared/import/kind';

const clues = (overrides: Partial<KindClues>): KindClues => ({
  declared: null,
  title: 'Un titre',
  opening: 'Un texte.',
  dateline: null,
  dated: false,
  ...overrides,
});

describe('guessKind', () => {
  it('takes the kind a file declares', () => {
    expect(guessKind(clues({ declared: 'Statement' }))).toBe('statement');
  });

  it('ignores a declared kind we do not know', () => {
    expect(guessKind(clues({ declared: 'blog; DROP TABLE' }))).toBeNull();
  });

  it('reads a press release off its title or opening', () => {
    expect(guessKind(clues({ title: 'Communiqué de presse' }))).toBe('press-release');
    expect(guessKind(clues({ opening: 'PRESS RELEASE — Geneva' }))).toBe('press-release');
  });

  it('reads a statement off its title', () => {
    expect(guessKind(clues({ title: 'Déclaration du Directeur général' }))).toBe('statement');
  });

  it('takes a text with a dateline for news', () => {
    expect(guessKind(clues({ dateline: { place: 'Dakar', dateText: null, raw: 'Dakar –' } }))).toBe('news');
  });

  it('leaves an unknown text unknown', () => {
    expect(guessKind(clues({}))).toBeNull();
  });
});
