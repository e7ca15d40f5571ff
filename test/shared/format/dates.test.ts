import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatNumber } from '@shared/format/dates';

describe('formatIsoDate', () => {
  it('writes a full date in each language', () => {
    expect(formatIsoDate({ iso: '2024-07-25', precision: 'day' }, 'fr')).toBe('25 juillet 2024');
    expect(formatIsoDate({ iso: '2024-07-25', precision: 'day' }, 'en')).toBe('25 July 2024');
  });

  it('keeps a month-only date month-only', () => {
    expect(formatIsoDate({ iso: '2019-03', precision: 'month' }, 'fr')).toBe('mars 2019');
    expect(formatIsoDate({ iso: '2019-03', precision: 'month' }, 'en')).toBe('March 2019');
  });

  it('keeps a year-only date year-only', () => {
    expect(formatIsoDate({ iso: '2013', precision: 'year' }, 'en')).toBe('2013');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatIsoDate({ iso: '2013-01-01', precision: 'day' }, 'en')).toBe('1 January 2013');
  });
});

describe('formatNumber', () => {
  it('groups thousands the way each language does', () => {
    expect(formatNumber(1500, 'en')).toBe('1,500');
    expect(formatNumber(1500, 'fr')).toMatch(/^1\s500$/u);
  });
});
