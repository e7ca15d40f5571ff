import type { Language } from '../document/vocabulary';
import { LANGUAGES } from '../document/vocabulary';
import { foldText } from '../text/fold';
import type { AcronymMap } from './acronyms';
import { isStopWord, phraseWords, stemOf } from './analyzer';

/**
 * A query as typed, read into what the index is asked: its words (each in its folded form,
 * its stem in both languages, and the acronyms it also stands for), its quoted phrases, and
 * whether the last word is still being typed (then it matches as a prefix).
 */
export const MAX_QUERY_LENGTH = 200;

export interface QueryWord {
  /** The word as typed, folded. */
  word: string;
  stems: Record<Language, string>;
  /** The other forms of an acronym in either language (`pcr` for `rcp`), the word itself excluded. */
  acronyms: string[];
  /** Still being typed: it may be the start of a longer word. */
  prefix: boolean;
}

export interface ParsedQuery {
  /** The query as searched: control characters removed, spaces collapsed, length capped. */
  text: string;
  words: QueryWord[];
  /** Quoted phrases, as folded words; each must appear in that order in a hit. */
  phrases: string[][];
  /** The query was longer than `MAX_QUERY_LENGTH` and was cut. */
  truncated: boolean;
  /** Words left out because they are too common to search for (`the`, `les`). */
  stopWords: string[];
}

// Straight, curly and French quotation marks all open and close a phrase.
const PHRASE = /["“”«»]([^"“”«»]*)["“”«»]?/gu;
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]|['’ʼ]s$/giu;

/** Removes what a person cannot have meant to search for: control and format characters. */
const clean = (raw: string): string =>
  raw
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trimStart();

export function parseQuery(raw: string, acronyms: AcronymMap = new Map()): ParsedQuery {
  const cleaned = clean(raw);
  const truncated = cleaned.length > MAX_QUERY_LENGTH;
  const text = truncated ? cleaned.slice(0, MAX_QUERY_LENGTH) : cleaned;
  const phrases = Array.from(text.matchAll(PHRASE), (match) => phraseWords(match[1] ?? '')).filter(
    (words) => words.length > 1,
  );
  // The last word is being typed unless something (a space, punctuation, a closing quote) follows it.
  const typing = /[\p{L}\p{N}]$/u.test(text);
  const raws = Array.from(text.matchAll(WORD), (match) => match[0].replace(ELISION, ''));
  const words: QueryWord[] = [];
  const stopWords: string[] = [];
  raws.forEach((rawWord, index) => {
    if (rawWord.length === 0) return;
    const word = foldText(rawWord);
    const last = index === raws.length - 1;
    if (LANGUAGES.some((language) => isStopWord(word, language)) && !(last && typing)) {
      stopWords.push(word);
      return;
    }
    if (words.some((known) => known.word === word)) return;
    words.push({
      word,
      stems: { fr: stemOf(rawWord, 'fr'), en: stemOf(rawWord, 'en') },
      acronyms: (acronyms.get(word) ?? []).filter((other) => other !== word),
      prefix: last && typing && word.length >= 2,
    });
  });
  return { text, words, phrases, truncated, stopWords };
}
