import { describe, expect, it } from 'vitest';
import { isoDateOf, MONTH_PATTERN } from '@shared/parser/dates';

const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const twoDigits = (month: number): string => String(month).padStart(2, '0');

describe('isoDateOf', () => {
  it.each(FRENCH_MONTHS.map((name, index) => [name, index + 1] as const))(
    'reads the French month "%s" as month %i',
    (name, month) => {
      expect(isoDateOf(`12 ${name} 2024`, 'fr')).toEqual({ iso: `2024-${twoDigits(month)}-12`, precision: 'day' });
    },
  );

  it.each(ENGLISH_MONTHS.map((name, index) => [name, index + 1] as const))(
    'reads the English month "%s" as month %i',
    (name, month) => {
      expect(isoDateOf(`${name} 12, 2024`, 'en')).toEqual({ iso: `2024-${twoDigits(month)}-12`, precision: 'day' });
    },
  );

  it('reads French month names written without their accents', () => {
    expect(isoDateOf('3 fevrier 2020', 'fr')?.iso).toBe('2020-02-03');
    expect(isoDateOf('3 aout 2020', 'fr')?.iso).toBe('2020-08-03');
    expect(isoDateOf('3 decembre 2020', 'fr')?.iso).toBe('2020-12-03');
  });

  it('reads "1er" and English ordinals as the day', () => {
    expect(isoDateOf('1er mars 2019', 'fr')).toEqual({ iso: '2019-03-01', precision: 'day' });
    expect(isoDateOf('3rd May 2024', 'en')).toEqual({ iso: '2024-05-03', precision: 'day' });
    expect(isoDateOf('May 21st, 2024', 'en')).toEqual({ iso: '2024-05-21', precision: 'day' });
  });

  it('reads the day first in English too, and the year without a comma', () => {
    expect(isoDateOf('3 May 2024', 'en')).toEqual({ iso: '2024-05-03', precision: 'day' });
    expect(isoDateOf('May 3 2024', 'en')).toEqual({ iso: '2024-05-03', precision: 'day' });
  });

  it('gives null for a date without its year, which the text alone cannot tell', () => {
    expect(isoDateOf('25 juillet', 'fr')).toBeNull();
    expect(isoDateOf('July 25', 'en')).toBeNull();
  });

  it('dates a year-less date in the year it is given', () => {
    expect(isoDateOf('25 juillet', 'fr', { year: 2024 })).toEqual({ iso: '2024-07-25', precision: 'day' });
    expect(isoDateOf('July 25', 'en', { year: 2023 })).toEqual({ iso: '2023-07-25', precision: 'day' });
  });

  it('keeps the year the text writes over the one it is given', () => {
    expect(isoDateOf('25 juillet 2021', 'fr', { year: 2024 })?.iso).toBe('2021-07-25');
  });

  it('reads a month and a year with month precision, a year alone with year precision', () => {
    expect(isoDateOf('mars 2019', 'fr')).toEqual({ iso: '2019-03', precision: 'month' });
    expect(isoDateOf('March 2019', 'en')).toEqual({ iso: '2019-03', precision: 'month' });
    expect(isoDateOf('2019', 'fr')).toEqual({ iso: '2019', precision: 'year' });
  });

  it('reads month names in either language when the language is unknown', () => {
    expect(isoDateOf('18 janvier 2024', null)?.iso).toBe('2024-01-18');
    expect(isoDateOf('January 18, 2024', null)?.iso).toBe('2024-01-18');
  });

  it('does not read a month name of the other language', () => {
    expect(isoDateOf('18 janvier 2024', 'en')).toBeNull();
    expect(isoDateOf('March 2019', 'fr')).toBeNull();
  });

  it('ignores case and extra spaces around and inside the date', () => {
    expect(isoDateOf('  18   JANVIER   2024 ', 'fr')?.iso).toBe('2024-01-18');
  });

  it.each(['31 avril 2024', '29 février 2023', '0 mai 2024', '32 mai 2024'])(
    'gives null for "%s", a day that does not exist',
    (text) => {
      expect(isoDateOf(text, 'fr')).toBeNull();
    },
  );

  it('reads 29 February in a leap year', () => {
    expect(isoDateOf('29 février 2024', 'fr')?.iso).toBe('2024-02-29');
  });

  it.each(['', 'la semaine dernière', '18 brumaire 2024', 'Janvier', '2024-01-18', 'mai 2024 à Genève', '12345'])(
    'gives null for "%s", which is not a date it reads',
    (text) => {
      expect(isoDateOf(text, 'fr')).toBeNull();
    },
  );
});

describe('MONTH_PATTERN', () => {
  it('matches every month name, with or without its accents, and nothing else', () => {
    const pattern = new RegExp(`^(?:${MONTH_PATTERN})$`, 'iu');
    for (const name of [...FRENCH_MONTHS, ...ENGLISH_MONTHS, 'fevrier', 'aout', 'decembre']) {
      expect(pattern.test(name)).toBe(true);
    }
    expect(pattern.test('brumaire')).toBe(false);
  });
});
