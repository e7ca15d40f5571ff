import { describe, expect, it } from 'vitest';
import { isoDateOf } from '@shared/parser/dates';

describe('isoDateOf on text around a date', () => {
  it.each([
    '18 janvier 2024 à Dakar',
    'le 18 janvier 2024',
    'May 3, 2024 in Geneva',
    'On May 3, 2024',
    'depuis mars 2019',
    'mars 2019 puis',
    'en 2019',
    '2019 et 2020',
  ])('gives null for "%s", a date inside other words', (text) => {
    expect(isoDateOf(text, null)).toBeNull();
  });

  it('reads a date spread over line breaks and tabs', () => {
    expect(isoDateOf('18\tjanvier\n2024', 'fr')?.iso).toBe('2024-01-18');
    expect(isoDateOf('May\n3,\t2024', 'en')?.iso).toBe('2024-05-03');
    expect(isoDateOf('mars\n2019', 'fr')?.iso).toBe('2019-03');
  });
});
