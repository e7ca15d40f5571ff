import type { IsoDate } from '../document/schema';
import type { Language } from '../document/vocabulary';
import { foldText } from '../text/fold';

/**
 * Month names as IOM pages write them, by language, folded (no accents, lower case): the
 * dateline finder builds its pattern from them and the date reader gives their numbers, so
 * one list serves both.
 */
export const MONTH_NUMBERS: Readonly<Record<Language, Readonly<Record<string, number>>>> = {
  fr: {
    janvier: 1,
    fevrier: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    decembre: 12,
  },
  en: {
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
  },
};

/**
 * A month name, accented or not, in either language, for a regular expression (the page's
 * own spelling, "février" or "fevrier", is matched; the reader folds it).
 */
export const MONTH_PATTERN = Object.values(MONTH_NUMBERS)
  .flatMap((months) => Object.keys(months))
  .map((month) => month.replace(/e/gu, '[eéè]').replace(/u/gu, '[uû]'))
  .join('|');

// "18 janvier 2024", "1er mars", "3 May 2024"; "May 3, 2024"; "mars 2019", "March 2019"; "2019".
const DAY_MONTH_YEAR = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}+)(?:\s+(\d{4}))?$/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u;
const MONTH_YEAR = /^(\p{L}+)\s+(\d{4})$/u;
const YEAR = /^(\d{4})$/u;

export interface DateReading {
  /**
   * The year to give a date that names none ("25 juillet"): a dateline usually omits the
   * year of its own page. Without it, such a date is not read (null): the year cannot be
   * guessed from the text alone.
   */
  year?: number | undefined;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The month a name stands for in the language (either language when unknown), or null. */
function monthNumber(name: string, language: Language | null): number | null {
  const folded = foldText(name);
  const languages: readonly Language[] = language === null ? ['fr', 'en'] : [language];
  for (const candidate of languages) {
    const month = MONTH_NUMBERS[candidate][folded];
    if (month !== undefined) return month;
  }
  return null;
}

function dayDate(year: number, month: number, day: number): IsoDate | null {
  // The calendar says whether the day exists (no 31 April, 29 February only in leap years).
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/**
 * Reads the date a page writes ("18 janvier 2024", "May 3, 2024", "mars 2019", "2019") as an
 * ISO date with its precision. Returns null for text it cannot read, a day that does not
 * exist, and a year-less date ("25 juillet") unless `reading.year` gives the year.
 */
export function isoDateOf(dateText: string, language: Language | null, reading: DateReading = {}): IsoDate | null {
  const text = dateText.trim().replace(/\s+/gu, ' ');
  const yearOf = (written: string | undefined): number | null =>
    written === undefined ? (reading.year ?? null) : Number(written);

  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const monthFirst = dayFirst ? null : MONTH_DAY_YEAR.exec(text);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] }
      : null;
  if (parts) {
    const month = monthNumber(parts.month ?? '', language);
    const year = yearOf(parts.year);
    return month === null || year === null ? null : dayDate(year, month, Number(parts.day));
  }

  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) {
    const month = monthNumber(monthYear[1] ?? '', language);
    return month === null ? null : { iso: `${monthYear[2]}-${pad(month)}`, precision: 'month' };
  }
  const year = YEAR.exec(text);
  return year ? { iso: year[1] ?? '', precision: 'year' } : null;
}
