import { describe, expect, it } from 'vitest';
import { openingDateText, splitDateline } from '@shared/parser/dateline';

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
    ['Genève, Bangkok - Le rapport…', { place: 'Genève, Bangkok', dateText: null }, 'Le rapport…'],
    [
      'Washington, D.C. - La semaine dernière, le…',
      { place: 'Washington, D.C.', dateText: null },
      'La semaine dernière, le…',
    ],
    ['Dakar – Le 18 janvier 2024, la CEDEAO…', { place: 'Dakar', dateText: null }, 'Le 18 janvier 2024, la CEDEAO…'],
    ['Nairobi — The Government of Kenya…', { place: 'Nairobi', dateText: null }, 'The Government of Kenya…'],
    ['Geneva, Bangkok, 3 May 2024 - The…', { place: 'Geneva, Bangkok', dateText: '3 May 2024' }, 'The…'],
    ['Geneva, May 3, 2024 — “We must act,”…', { place: 'Geneva', dateText: 'May 3, 2024' }, '“We must act,”…'],
    ['Dakar, 18 janvier 2024 – Le…', { place: 'Dakar', dateText: '18 janvier 2024' }, 'Le…'],
    ["Port-au-Prince, 12 août L'OIM…", { place: 'Port-au-Prince', dateText: '12 août' }, "L'OIM…"],
    ['Cox’s Bazar - Plus de…', { place: 'Cox’s Bazar', dateText: null }, 'Plus de…'],
    ['Saint-Domingue de Guzmán - Le…', { place: 'Saint-Domingue de Guzmán', dateText: null }, 'Le…'],
    ['Bosnie-Herzégovine, 5 mars "Nous…', { place: 'Bosnie-Herzégovine', dateText: '5 mars' }, '"Nous…'],
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
    'Genève - le rapport commence en minuscule',
    'Genève, 25 juillet le rapport',
    'Genève -Le rapport sans espace',
    'Genève–Le rapport sans espace',
    'Genève, 25 brumaire Le rapport',
    'Les États membres, Le Caire - Le…',
  ])('leaves "%s" alone', (paragraph) => {
    expect(splitDateline(paragraph)).toEqual({ dateline: null, text: paragraph });
  });
});

describe('openingDateText', () => {
  it.each([
    ['Le 18 janvier 2024, la CEDEAO…', '18 janvier 2024'],
    ['le 1er mars 2019, les États…', '1er mars 2019'],
    ['On 3 May 2024, the Government…', '3 May 2024'],
    ['On May 3, 2024, the Government…', 'May 3, 2024'],
  ])('reads the date "%s" opens with', (text, date) => {
    expect(openingDateText(text)).toBe(date);
  });

  it.each([
    'Le 18 janvier, la CEDEAO…',
    'La semaine dernière, le…',
    'Depuis le 18 janvier 2024, la CEDEAO…',
    'Le 18 janvier 20245 personnes',
  ])('reads no date from "%s"', (text) => {
    expect(openingDateText(text)).toBeNull();
  });
});

describe('splitDateline on hostile text', () => {
  it('gives up on a long run of capitalised, comma-separated words without a dash', () => {
    const text = `${Array.from({ length: 2000 }, (_, index) => `Ville${index} Nord`).join(', ')} sans tiret`;
    expect(splitDateline(text).dateline).toBeNull();
  });
});
