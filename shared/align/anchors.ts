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
  decembre: 12, // prettier-ignore
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
  december: 12, // prettier-ignore
};

// Capitalised words that are not names: sentence openers after a quotation mark or a colon,
// and the month and weekday names (already counted as dates, or noise).
// prettier-ignore
const NOT_NAMES = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'en', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils',
  'nous', 'notre', 'nos', 'pour', 'dans', 'sur', 'avec', 'par', 'depuis', 'pendant', 'grace', 'si',
  'the', 'a', 'an', 'and', 'of', 'in', 'on', 'for', 'with', 'by', 'this', 'that', 'these', 'we', 'our', 'it', 'its',
  'since', 'during', 'thanks', 'if', 'mr', 'mrs', 'ms', 'm', 'mme', 'dr',
  'tel', 'email', 'e-mail', 'courriel', 'fax', 'phone', 'contact', 'site', 'web',
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
const NUMBER =
  /(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00A0\u202F,.]\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?/gu;
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
  if (last.length === 3 && groups.slice(1).every((group) => group.length === 3))
    return groups.join('').replace(/^0+(?=\d)/u, '');
  const whole = groups
    .slice(0, -1)
    .join('')
    .replace(/^0+(?=\d)/u, '');
  return `${whole}.${last}`;
}

const monthOf = (word: string): number | undefined => MONTHS[foldText(word)];

/** Blanks a span out of a text, keeping every other offset where it was. */
const blank = (text: string, start: number, length: number): string =>
  `${text.slice(0, start)}${' '.repeat(length)}${text.slice(start + length)}`;

/**
 * Dates, then the text without them: a date's day is not a figure of its own (one edition
 * writes 21/03 where the other writes 21 March), and its month is also a month mention.
 */
function dateAnchors(text: string): { anchors: string[]; rest: string } {
  const anchors: string[] = [];
  let rest = text;
  const take = (
    pattern: RegExp,
    parts: (match: RegExpMatchArray) => [day: number, month: number | undefined],
  ): void => {
    for (const match of rest.matchAll(pattern)) {
      const [day, month] = parts(match);
      if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) continue;
      anchors.push(`date:${month}-${day}`, `month:${month}`);
      rest = blank(rest, match.index, match[0].length);
    }
  };
  take(DAY_MONTH, (match) => [Number(match[1]), monthOf(match[2] ?? '')]);
  take(MONTH_DAY, (match) => [Number(match[2]), monthOf(match[1] ?? '')]);
  // Day first, as both editions of IOM's pages write it (21/03).
  take(NUMERIC_DATE, (match) => [Number(match[1]), Number(match[2])]);
  for (const match of rest.matchAll(WORD)) {
    const month = monthOf(match[0]);
    // "may" is also an ordinary English word: only a capitalised May counts.
    if (month !== undefined && match[0] !== 'may') anchors.push(`month:${month}`);
  }
  return { anchors, rest };
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
  // A title's abbreviation (M. Vitorino, Mr. Swing, Dr. …) does not end a sentence.
  if (/(?:^|[\s(])(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Pr|St)\.$/u.test(before)) return false;
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
  const dates = dateAnchors(rest);
  anchors.push(...dates.anchors, ...numberAnchors(dates.rest), ...wordAnchors(dates.rest, acronyms));
  return new Set(anchors);
}

/**
 * Cognates (Simard, Foster & Isabelle, 1992, "Using cognates to align sentences in bilingual
 * corpora"): words of five letters or more, by their first four folded letters. French and
 * English share many (migration, protection, développement/development, experts/expert); two
 * paragraphs without a figure or a name can still be told apart by them.
 */
export function cognatesOf(text: string): Set<string> {
  const cognates = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const letters = foldText(match[0].replace(/^[\p{L}]['’](?=\p{L})/u, '')).replace(/[^\p{L}]/gu, '');
    if (letters.length >= 5) cognates.add(`cog:${letters.slice(0, 4)}`);
  }
  return cognates;
}

/** How much each anchor counts: rarer anchors (in fewer blocks of the two documents) count more. */
export type AnchorWeights = ReadonlyMap<string, number>;

const weightOf = (weights: AnchorWeights | undefined, anchor: string): number => weights?.get(anchor) ?? 1;

/**
 * Inverse document frequency over the blocks of both documents: an anchor every block has
 * (the organisation's acronym in its own statement) says little about which block is which.
 */
export function anchorWeights(sets: ReadonlyArray<ReadonlySet<string>>): AnchorWeights {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const anchor of set) frequency.set(anchor, (frequency.get(anchor) ?? 0) + 1);
  return new Map([...frequency].map(([anchor, count]) => [anchor, Math.log(1 + sets.length / count)]));
}

/** Sørensen–Dice similarity of two anchor sets, weighted, 0 (nothing shared) to 1 (the same). */
export function anchorSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weights?: AnchorWeights): number {
  let shared = 0;
  let total = 0;
  for (const anchor of a) {
    const weight = weightOf(weights, anchor);
    total += weight;
    if (b.has(anchor)) shared += weight;
  }
  for (const anchor of b) total += weightOf(weights, anchor);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The weighted share of a set's anchors that another set holds, 0 to 1 (0 for an empty set). */
export function anchorContainment(
  part: ReadonlySet<string>,
  whole: ReadonlySet<string>,
  weights?: AnchorWeights,
): number {
  let found = 0;
  let total = 0;
  for (const anchor of part) {
    const weight = weightOf(weights, anchor);
    total += weight;
    if (whole.has(anchor)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}
