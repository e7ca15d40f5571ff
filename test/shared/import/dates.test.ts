import { describe, expect, it } from 'vitest';
import { isoDateFromDateText, isoDateFromText } from '@shared/import/dates';

describe('isoDateFromText', () => {
  it.each([
    ['2024-05-03T09:30:00+00:00', { iso: '2024-05-03', precision: 'day' }],
    ['2024-05-03', { iso: '2024-05-03', precision: 'day' }],
    ['2024-05', { iso: '2024-05', precision: 'month' }],
    [2024, { iso: '2024', precision: 'year' }],
  ])('reads %s', (text, expected) => {
    expect(isoDateFromText(text)).toEqual(expected);
  });

  it.each(['2024-02-30', '2024-13-01', '3 May 2024', '', 'nonsense', '0000-01-01'])('refuses %j', (text) => {
    expect(isoDateFromText(text)).toBeNull();
  });
});

describe('isoDateFromDateText', () => {
  it.each([
    ['25 juillet 2024', '2024-07-25'],
    ['1er août 2023', '2023-08-01'],
    ['3 May 2024', '2024-05-03'],
    ['May 3, 2024', '2024-05-03'],
  ])('reads the dateline date "%s"', (text, iso) => {
    expect(isoDateFromDateText(text)).toEqual({ iso, precision: 'day' });
  });

  it('gives no date for a dateline without a year', () => {
    expect(isoDateFromDateText('25 juillet')).toBeNull();
  });
});
