import type { Dateline } from '../document/schema';
import { MONTH_PATTERN } from './dates';

// A place: one to five capitalised words (hyphens, apostrophes and full stops inside, as in
// "D.C."), possibly "de"/"of" links.
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:d[eu]s?|d['’]\p{L}+|of|the|la|le|el|\p{Lu}[\p{L}'’.-]*)){0,5}`;
// One place or several, comma-separated: "Genève, Bangkok", "Washington, D.C.".
const PLACES = String.raw`${PLACE}(?:,\s+${PLACE})*`;
const DATE = String.raw`(?:\d{1,2}(?:er)?\s+(?:${MONTH_PATTERN})(?:\s+\d{4})?|(?:${MONTH_PATTERN})\s+\d{1,2}(?:,\s*\d{4})?)`;
// A hyphen, an en dash or an em dash between the dateline and the sentence.
const DASH = '[–—-]';
// What may open the sentence after the dateline.
const SENTENCE_START = String.raw`(?=[\p{Lu}«“"])`;

/** "Banjul, 25 juillet Le Réseau…" and "Geneva, Bangkok, 3 May 2024 – The…". */
const PLACE_AND_DATE = new RegExp(String.raw`^(${PLACES}),\s+(${DATE})(?:\s*${DASH}\s*|\s+)${SENTENCE_START}`, 'iu');
/** "Los Angeles – L'Organisation…", "Genève, Bangkok - Le…", "Washington, D.C. — La semaine…". */
const PLACE_AND_DASH = new RegExp(String.raw`^(${PLACES})\s+${DASH}\s+${SENTENCE_START}`, 'u');

/** Splits a dateline off the first paragraph of a news page. */
export function splitDateline(paragraph: string): { dateline: Dateline | null; text: string } {
  const withDate = PLACE_AND_DATE.exec(paragraph);
  if (withDate && startsWithCapital(withDate[1]) && startsWithCapital(paragraph.slice(withDate[0].length))) {
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

// The case-insensitive flag on PLACE_AND_DATE (needed for month names) also relaxes \p{Lu},
// in the place and in the sentence after the date: both are checked again without it.
const startsWithCapital = (text: string | undefined): boolean => /^[\p{Lu}«“"]/u.test(text ?? '');

/** "Le 18 janvier 2024, …", "On 3 May 2024, …", "On May 3, 2024, …": a date that opens the first sentence. */
const OPENING_DATE = new RegExp(
  String.raw`^(?:le|on)\s+(\d{1,2}(?:er)?\s+(?:${MONTH_PATTERN})\s+\d{4}|(?:${MONTH_PATTERN})\s+\d{1,2},\s*\d{4})\b`,
  'iu',
);

/**
 * The date a first sentence opens with, when the dateline gives none ("Dakar – Le 18 janvier
 * 2024, …"): the date stays in the sentence, where the page writes it.
 */
export const openingDateText = (text: string): string | null => OPENING_DATE.exec(text)?.[1] ?? null;
