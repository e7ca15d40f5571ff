import type { Language } from '../document/vocabulary';
import { findContacts } from '../parser/contacts';
import { foldText } from '../text/fold';
import { acronymKey, type AcronymKeys } from './acronym-keys';

/**
 * What a translation keeps whatever its wording: figures, dates, names, acronyms, addresses.
 * Each anchor is a string in a language-neutral form (`num:1500`, `date:7-25`, `name:banju`,
 * `acr:iom`, `email:…`), so that the anchors of a French block and of its English counterpart
 * are largely the same set, and those of two unrelated blocks are not.
 */

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, // prettier-ignore
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12, // prettier-ignore
};

// Capitalised words that are not names: sentence openers after a quotation mark or a colon,
// and the month and weekday names (already counted as dates, or noise).
// prettier-ignore
const NOT_NAMES = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'en', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils',
  'nous', 'notre', 'nos', 'pour', 'dans', 'sur', 'avec', 'par', 'depuis', 'pendant', 'grace', 'si',
  'the', 'a', 'an', 'and', 'of', 'in', 'on', 'for', 'with', 'by', 'this', 'that', 'these', 'we', 'our', 'it', 'its',
  'since', 'during', 'thanks', 'if', 'mr', 'mrs', 'ms', 'm', 'mme',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Names are compared on their first five folded letters: the same proper noun is often spelt
 * a little differently in each language (Gambie/Gambia, Amériques/Americas,
 * Déclaration/Declaration), and the stem is what survives.
 */
const NAME_STEM = 5;

// A number: thousands groups separated by a space (ordinary, non-breaking, narrow), a comma or
// a dot, then an optional decimal part. Not glued to a letter before it (G20, A4).
const NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00A0\u202F,.]\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?/gu;
const PERCENT_AFTER = /^\s*(?:%|pour\s*cent|per\s*cent|percent)/iu;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?!\d)/gu;
const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
// Day then month (25 juillet, 25 July, 1er mars) or month then day (July 25).
const DAY_MONTH = /(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}+)/gu;
const MONTH_DAY = /(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d,.]\d)/gu;

/** A number as digits, with a dot for its decimal part, thousands separators gone. */
export function normaliseNumber(written: string): string {
  const groups = written.split(/[ \u00A0\u202F,.]/u);
  const last = groups.at(-1) ?? '';
  const separators = written.match(/[ \u00A0\u202F,.]/gu) ?? [];
  // A last group of three digits after a separator is a thousands group (1 000, 1,000, 1.000);
  // anything else after the last separator is a decimal part (3,5 or 3.5).
  if (separators.length === 0) return written.replace(/^0+(?=\d)/u, '');
  if (last.length === 3 && groups.slice(1).every((group) => group.length === 3)) return groups.join('').replace(/^0+(?=\d)/u, '');
  const whole = groups.slice(0, -1).join('').replace(/^0+(?=\d)/u, '');
  return `${whole}.${last}`;
}

const monthOf = (word: string): number | undefined => MONTHS[foldText(word)];

function dateAnchors(text: string): string[] {
  const anchors: string[] = [];
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = monthOf(match[2] ?? '');
    const day = Number(match[1]);
    if (month !== undefined && day >= 1 && day <= 31) anchors.push(`date:${month}-${day}`);
  }
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = monthOf(match[1] ?? '');
    const day = Number(match[2]);
    if (month !== undefined && day >= 1 && day <= 31) anchors.push(`date:${month}-${day}`);
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    // Day first, as both editions of IOM's pages write it (21/03).
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) anchors.push(`date:${month}-${day}`);
  }
  for (const match of text.matchAll(WORD)) {
    const month = monthOf(match[0]);
    // "mai"/"may" are also ordinary words in English ("may"): only a capitalised May counts.
    if (month !== undefined && !(month === 5 && match[0] === 'may')) anchors.push(`month:${month}`);
  }
  return anchors;
}

function numberAnchors(text: string): string[] {
  const anchors: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const value = normaliseNumber(match[0]);
    const after = text.slice(match.index + match[0].length);
    anchors.push(PERCENT_AFTER.test(after) ? `num:${value}%` : `num:${value}`);
  }
  return anchors;
}

/** Whether the word at `index` opens a sentence (or the text, or a quotation, or a list line). */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:;«“"([–—-]$/u.test(before);
}

function wordAnchors(text: string, acronyms: AcronymKeys): string[] {
  const anchors: string[] = [];
  for (const match of text.matchAll(WORD)) {
    // An elided article or preposition glued to the word (l'OIM, d'Afrique) is not part of it.
    const word = match[0].replace(/^[\p{L}]['’](?=\p{L})/u, '').replace(/['’-]+$/u, '');
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2) continue;
    // An acronym: capitals (and digits), perhaps with a plural s (RCPs).
    if (/^\p{Lu}[\p{Lu}\p{N}]+s?$/u.test(word)) {
      anchors.push(`acr:${acronymKey(acronyms, word.replace(/s$/u, ''))}`);
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) continue;
    const folded = foldText(word);
    if (NOT_NAMES.has(folded) || monthOf(word) !== undefined) continue;
    const offset = match.index + match[0].length - match[0].replace(/^[\p{L}]['’](?=\p{L})/u, '').length;
    if (opensSentence(text, offset)) continue;
    anchors.push(`name:${folded.replace(/[^\p{L}\p{N}]/gu, '').slice(0, NAME_STEM)}`);
  }
  return anchors;
}

const urlKey = (url: string): string =>
  foldText(url)
    .replace(/^https?:\/\//u, '')
    .replace(/^www\./u, '')
    .replace(/\/+$/u, '');

/**
 * The anchors of one text, without repeats. The language is not needed to find them (both
 * languages' month names are known) but says which way elisions and ordinals go; it is kept
 * in the signature so that a language-specific rule can be added without changing callers.
 */
export function anchorsOf(text: string, _language: Language, acronyms: AcronymKeys): Set<string> {
  const anchors: string[] = [];
  let rest = text;
  // Contact points first, and out of the text: a phone number's digits are not figures.
  for (const contact of findContacts(text).reverse()) {
    const value =
      contact.type === 'email'
        ? `email:${foldText(contact.value)}`
        : contact.type === 'url'
          ? `url:${urlKey(contact.value)}`
          : `phone:${contact.value.replace(/\D/gu, '')}`;
    anchors.push(value);
    rest = `${rest.slice(0, contact.start)} ${rest.slice(contact.end)}`;
  }
  anchors.push(...dateAnchors(rest), ...numberAnchors(rest), ...wordAnchors(rest, acronyms));
  return new Set(anchors);
}

/** Sørensen–Dice similarity of two anchor sets, 0 (nothing shared) to 1 (the same). */
export function anchorSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const anchor of a) if (b.has(anchor)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
