import type { IsoDate } from '../document/schema';

/**
 * A date as a person types it in the import preview: `2024`, `2024-01` or `2024-01-18`
 * (the precision follows what they typed), or nothing. Anything else is `invalid`, never
 * guessed at. Pure.
 */
export function isoDateFromInput(text: string): IsoDate | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(trimmed);
  if (!match) return 'invalid';
  const [, year, month, day] = match;
  if (month === undefined) return { iso: trimmed, precision: 'year' };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return 'invalid';
  if (day === undefined) return { iso: trimmed, precision: 'month' };
  // A real calendar day: 2023-02-29 is not one.
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== Number(day)) return 'invalid';
  return { iso: trimmed, precision: 'day' };
}

/** An ISO date as the preview's field shows it. */
export const inputFromIsoDate = (date: IsoDate | null): string => date?.iso ?? '';
