import type { IsoDate } from '../document/schema';

const ISO_PREFIX = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/u;

const isValidDay = (year: number, month: number, day: number): boolean =>
  day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

/** An ISO 8601 date or date-time (`2024-05-03`, `2024-05-03T10:00:00Z`, `2024-05`, `2024`) as an IsoDate. */
export function isoDateFromText(text: string | number | null | undefined): IsoDate | null {
  if (text === null || text === undefined) return null;
  const match = ISO_PREFIX.exec(String(text));
  if (!match) return null;
  const [, year = '', month, day] = match;
  const y = Number(year);
  if (y < 1900 || y > 2200) return null;
  if (month === undefined) return { iso: year, precision: 'year' };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return { iso: `${year}-${month}`, precision: 'month' };
  if (!isValidDay(y, m, Number(day))) return null;
  return { iso: `${year}-${month}-${day}`, precision: 'day' };
}

// prettier-ignore
const MONTHS: Record<string, number> = {
  janvier: 1, january: 1, février: 2, fevrier: 2, february: 2, mars: 3, march: 3, avril: 4, april: 4,
  mai: 5, may: 5, juin: 6, june: 6, juillet: 7, july: 7, août: 8, aout: 8, august: 8,
  septembre: 9, september: 9, octobre: 10, october: 10, novembre: 11, november: 11,
  décembre: 12, decembre: 12, december: 12,
};

/**
 * A dateline's date (`25 juillet 2024`, `3 May 2024`, `May 3, 2024`) as an IsoDate; null when
 * it gives no year (`25 juillet`): the year cannot be guessed.
 */
export function isoDateFromDateText(text: string | null): IsoDate | null {
  if (text === null) return null;
  const words = text.toLocaleLowerCase('fr').replace(/,/gu, ' ').split(/\s+/u).filter(Boolean);
  const month = words.map((word) => MONTHS[word]).find((value) => value !== undefined);
  const numbers = words.map((word) => /^(\d{1,4})(?:er)?$/u.exec(word)?.[1]).filter((value) => value !== undefined);
  const year = numbers.find((value) => value.length === 4);
  const day = numbers.find((value) => value.length <= 2);
  if (month === undefined || year === undefined || day === undefined) return null;
  return isoDateFromText(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`);
}
