import type { Dateline } from '../document/schema';

const MONTHS = [
  'janvier',
  'février',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
].join('|');

// A place: one to five capitalised words (hyphens and apostrophes inside), possibly "de"/"of" links.
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:d[eu]s?|d['’]\p{L}+|of|the|la|le|el|\p{Lu}[\p{L}'’.-]*)){0,5}`;
const DATE = String.raw`(?:\d{1,2}(?:er)?\s+(?:${MONTHS})(?:\s+\d{4})?|(?:${MONTHS})\s+\d{1,2}(?:,\s*\d{4})?)`;
// What may open the sentence after the dateline.
const SENTENCE_START = String.raw`(?=[\p{Lu}«“"])`;

/** "Banjul, 25 juillet Le Réseau…" and "Geneva, 3 May 2024 – The…". */
const PLACE_AND_DATE = new RegExp(String.raw`^(${PLACE}),\s+(${DATE})(?:\s*[–—-]\s*|\s+)${SENTENCE_START}`, 'iu');
/** "Los Angeles – L'Organisation…", "Buenos Aires - Le Directeur…", "États-Unis d'Amérique - L’OIM…". */
const PLACE_AND_DASH = new RegExp(String.raw`^(${PLACE})\s+[–—-]\s+${SENTENCE_START}`, 'u');

/** Splits a dateline off the first paragraph of a news page. */
export function splitDateline(paragraph: string): { dateline: Dateline | null; text: string } {
  const withDate = PLACE_AND_DATE.exec(paragraph);
  if (withDate && startsWithCapital(withDate[1])) {
    return {
      dateline: { place: (withDate[1] ?? '').trim(), dateText: (withDate[2] ?? '').trim(), raw: withDate[0].trim() },
      text: paragraph.slice(withDate[0].length),
    };
  }
  const withDash = PLACE_AND_DASH.exec(paragraph);
  if (withDash) {
    return {
      dateline: { place: (withDash[1] ?? '').trim(), dateText: null, raw: withDash[0].trim() },
      text: paragraph.slice(withDash[0].length),
    };
  }
  return { dateline: null, text: paragraph };
}

// The case-insensitive flag on PLACE_AND_DATE (needed for month names) also relaxes \p{Lu}.
const startsWithCapital = (text: string | undefined): boolean => /^\p{Lu}/u.test(text ?? '');
