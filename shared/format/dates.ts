import type { IsoDate } from '../document/schema';
import type { Language } from '../document/vocabulary';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const OPTIONS: Record<IsoDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/**
 * A document date in the reader's language, never more precise than the source:
 * `25 juillet 2024` / `25 July 2024`, and a month-only date stays `mars 2019` / `March 2019`.
 */
export function formatIsoDate(date: IsoDate, language: Language): string {
  const [year = 1970, month = 1, day = 1] = date.iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], OPTIONS[date.precision]).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** A number in the reader's language (`1 500` / `1,500`). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
