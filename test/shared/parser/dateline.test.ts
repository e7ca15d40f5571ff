import { describe, expect, it } from 'vitest';
import { splitDateline } from '@shared/parser/dateline';

describe('splitDateline', () => {
  it.each([
    [
      'Banjul, 25 juillet Le Réseau des Nations Unies…',
      { place: 'Banjul', dateText: '25 juillet' },
      'Le Réseau des Nations Unies…',
    ],
    [
      "Los Angeles – L'Organisation internationale…",
      { place: 'Los Angeles', dateText: null },
      "L'Organisation internationale…",
    ],
    ['Buenos Aires - Le Directeur général…', { place: 'Buenos Aires', dateText: null }, 'Le Directeur général…'],
    [
      "États-Unis d'Amérique - L’OIM, le FNUAP…",
      { place: "États-Unis d'Amérique", dateText: null },
      'L’OIM, le FNUAP…',
    ],
    [
      'Geneva, 3 May 2024 – The International Organization…',
      { place: 'Geneva', dateText: '3 May 2024' },
      'The International Organization…',
    ],
    [
      'Genève, 1er mars « Nous devons agir », a déclaré…',
      { place: 'Genève', dateText: '1er mars' },
      '« Nous devons agir », a déclaré…',
    ],
  ])('splits "%s"', (paragraph, expected, rest) => {
    const { dateline, text } = splitDateline(paragraph);
    expect(dateline).toMatchObject(expected);
    expect(text).toBe(rest);
  });

  it.each([
    'Les processus consultatifs régionaux sur la migration (PCR) sont des dialogues…',
    'La conférence s’est tenue la semaine dernière (20-22/03) dans un contexte…',
    'Pendant la conférence - qui a rassemblé plus de 1 500 participants -, 193 Etats…',
    'le rapport, 25 juillet Le Réseau',
  ])('leaves "%s" alone', (paragraph) => {
    expect(splitDateline(paragraph)).toEqual({ dateline: null, text: paragraph });
  });
});
