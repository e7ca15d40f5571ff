import { describe, expect, it } from 'vitest';
import { inputFromIsoDate, isoDateFromInput } from '@shared/library/date-input';

describe('isoDateFromInput', () => {
  it('reads a year, a month or a day, with the precision typed', () => {
    expect(isoDateFromInput('2024')).toEqual({ iso: '2024', precision: 'year' });
    expect(isoDateFromInput(' 2024-01 ')).toEqual({ iso: '2024-01', precision: 'month' });
    expect(isoDateFromInput('2024-01-18')).toEqual({ iso: '2024-01-18', precision: 'day' });
  });

  it('takes an empty field as no date', () => {
    expect(isoDateFromInput('  ')).toBeNull();
  });

  it('refuses what is not a calendar date rather than guess', () => {
    for (const text of ['18/01/2024', '2024-13', '2023-02-29', '2024-1-18', '24', '2024-01-18T00:00', '<script>']) {
      expect({ text, date: isoDateFromInput(text) }).toEqual({ text, date: 'invalid' });
    }
  });

  it('gives back the text of a date for the field', () => {
    expect(inputFromIsoDate({ iso: '2024-01', precision: 'month' })).toBe('2024-01');
    expect(inputFromIsoDate(null)).toBe('');
  });
});
